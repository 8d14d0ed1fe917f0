namespace BudgetSiteGen.Diagnostics;

/// <summary>The decoded text of a content file, with fast access to its lines for diagnostics.</summary>
public sealed class SourceText
{
    private readonly string _text;
    private readonly List<int> _lineStarts = [0];

    public SourceText(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string Text => _text;

    public int LineCount => _lineStarts.Count;

    /// <summary>The text of a 1-based line without its line break, or null past the end.</summary>
    public string? Line(int line)
    {
        if (line < 1 || line > _lineStarts.Count)
        {
            return null;
        }

        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Count ? _lineStarts[line] - 1 : _text.Length;
        var value = _text[start..end].TrimEnd('\r');
        return value.Length > 200 ? value[..200] + "…" : value;
    }

    /// <summary>Line and character column (both 1-based) of a UTF-16 offset.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var lineIndex = index >= 0 ? index : ~index - 1;
        var start = _lineStarts[lineIndex];
        var column = 1;
        for (var i = start; i < offset && i < _text.Length; i++)
        {
            // A surrogate pair is one character to a reader.
            if (!char.IsLowSurrogate(_text[i]))
            {
                column++;
            }
        }

        return (lineIndex + 1, column);
    }
}
