namespace BudgetSiteGen.Diagnostics;

/// <summary>
/// Turns offsets in a text (UTF-16 units of a string, or bytes of UTF-8) into the 1-based line and column an
/// editor shows. Lines end at LF, CR or CRLF — the line breaks of YAML 1.2 and JSON, and the only ones editors
/// break lines at; NEL, U+2028 and U+2029 are characters within a line. Columns count characters (code points),
/// so a Chinese character or an emoji is one column whatever its length in UTF-8 or UTF-16.
/// </summary>
/// <remarks>
/// Every answer costs a binary search over the line starts and at most <see cref="Stride"/> steps, in any order
/// of questions: a minified JSON file is one line of megabytes, and counting its columns from the start of the
/// line for every token would take time quadratic in its length. A text in which every unit is a character
/// (no surrogate pairs, or plain ASCII bytes) needs no counting at all.
/// </remarks>
public sealed class LinePositions
{
    private const int Stride = 64;

    private readonly string? _text;
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly int _length;
    private readonly List<int> _lineStarts = [0];

    // _charactersBefore[k] = how many characters start in units [0, k × Stride); null when every unit is a character.
    private readonly int[]? _charactersBefore;

    private LinePositions(string? text, ReadOnlyMemory<byte> bytes)
    {
        _text = text;
        _bytes = bytes;
        _length = text?.Length ?? bytes.Length;
        var characters = new int[(_length / Stride) + 2];
        var count = 0;
        var everyUnitACharacter = true;
        var span = bytes.Span;
        for (var i = 0; i < _length; i++)
        {
            if (i % Stride == 0)
            {
                characters[i / Stride] = count;
            }

            int unit = text is null ? span[i] : text[i];
            if (text is null ? (unit & 0xC0) != 0x80 : StartsCharacter(i))
            {
                count++;
            }
            else
            {
                everyUnitACharacter = false;
            }

            if (unit == '\n' || (unit == '\r' && (i + 1 == _length || (text is null ? span[i + 1] : text[i + 1]) != '\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }

        for (var k = (_length + Stride - 1) / Stride; k < characters.Length; k++)
        {
            characters[k] = count;
        }

        _charactersBefore = everyUnitACharacter ? null : characters;
    }

    /// <summary>Positions in a decoded text, by UTF-16 offset; the second half of a surrogate pair is not a character of its own.</summary>
    public static LinePositions OfText(string text) => new(text, ReadOnlyMemory<byte>.Empty);

    /// <summary>Positions in UTF-8 bytes, by byte offset; continuation bytes (10xxxxxx) are not characters of their own.</summary>
    public static LinePositions OfUtf8(ReadOnlyMemory<byte> bytes) => new(null, bytes);

    public int LineCount => _lineStarts.Count;

    /// <summary>The offset where a 1-based line starts.</summary>
    public int StartOf(int line) => _lineStarts[Math.Clamp(line, 1, _lineStarts.Count) - 1];

    /// <summary>The offset just past the last unit of a 1-based line, its line break included.</summary>
    public int EndOf(int line) => line < _lineStarts.Count ? _lineStarts[Math.Max(line, 1)] : _length;

    public (int Line, int Column) Of(long offset)
    {
        var at = (int)Math.Clamp(offset, 0, _length);
        var index = _lineStarts.BinarySearch(at);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, CharactersBefore(at) - CharactersBefore(_lineStarts[line]) + 1);
    }

    private int CharactersBefore(int offset)
    {
        if (_charactersBefore is null)
        {
            return offset;
        }

        var block = offset / Stride;
        var count = _charactersBefore[block];
        for (var i = block * Stride; i < offset; i++)
        {
            if (StartsCharacter(i))
            {
                count++;
            }
        }

        return count;
    }

    private bool StartsCharacter(int i) => _text is null
        ? (_bytes.Span[i] & 0xC0) != 0x80
        : !char.IsLowSurrogate(_text[i]) || i == 0 || !char.IsHighSurrogate(_text[i - 1]);
}
