namespace BudgetSiteGen.Diagnostics;

/// <summary>The decoded text of a content file, with its lines as an editor shows them (see <see cref="LinePositions"/>).</summary>
public sealed class SourceText
{
    private readonly string _text;
    private readonly LinePositions _positions;

    public SourceText(string text)
    {
        _text = text;
        _positions = LinePositions.OfText(text);
    }

    public string Text => _text;

    public int LineCount => _positions.LineCount;

    /// <summary>The text of a 1-based line without its line break, or null past the end.</summary>
    public string? Line(int line)
    {
        if (line < 1 || line > _positions.LineCount)
        {
            return null;
        }

        var value = _text[_positions.StartOf(line).._positions.EndOf(line)].TrimEnd('\n').TrimEnd('\r');
        return value.Length > 200 ? value[..200] + "…" : value;
    }

    /// <summary>Line and character column (both 1-based) of a UTF-16 offset.</summary>
    public (int Line, int Column) PositionOf(long offset) => _positions.Of(offset);
}
