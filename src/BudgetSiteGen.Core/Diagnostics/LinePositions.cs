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
/// line for every token would take time quadratic in its length.
/// </remarks>
public sealed class LinePositions
{
    private const int Stride = 64;
    private const int LineFeed = '\n';
    private const int CarriageReturn = '\r';

    private readonly int _length;
    private readonly Func<int, bool> _startsCharacter;
    private readonly List<int> _lineStarts = [0];

    // _charactersBefore[k] = how many characters start in units [0, k × Stride).
    private readonly int[] _charactersBefore;

    private LinePositions(int length, Func<int, int> unitAt, Func<int, bool> startsCharacter)
    {
        _length = length;
        _startsCharacter = startsCharacter;
        _charactersBefore = new int[(length / Stride) + 2];
        var characters = 0;
        for (var i = 0; i < length; i++)
        {
            if (i % Stride == 0)
            {
                _charactersBefore[i / Stride] = characters;
            }

            if (startsCharacter(i))
            {
                characters++;
            }

            var unit = unitAt(i);
            if (unit == LineFeed || (unit == CarriageReturn && (i + 1 == length || unitAt(i + 1) != LineFeed)))
            {
                _lineStarts.Add(i + 1);
            }
        }

        for (var k = (length + Stride - 1) / Stride; k < _charactersBefore.Length; k++)
        {
            _charactersBefore[k] = characters;
        }
    }

    /// <summary>Positions in a decoded text, by UTF-16 offset; the second half of a surrogate pair is not a character of its own.</summary>
    public static LinePositions OfText(string text) =>
        new(text.Length, i => text[i], i => !char.IsLowSurrogate(text[i]) || i == 0 || !char.IsHighSurrogate(text[i - 1]));

    /// <summary>Positions in UTF-8 bytes, by byte offset; continuation bytes (10xxxxxx) are not characters of their own.</summary>
    public static LinePositions OfUtf8(ReadOnlyMemory<byte> bytes) =>
        new(bytes.Length, i => bytes.Span[i], i => (bytes.Span[i] & 0xC0) != 0x80);

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
        var block = offset / Stride;
        var count = _charactersBefore[block];
        for (var i = block * Stride; i < offset; i++)
        {
            if (_startsCharacter(i))
            {
                count++;
            }
        }

        return count;
    }
}
