namespace BudgetSiteGen.Loading;

/// <summary>Turns byte offsets in UTF-8 text into 1-based line and character columns.</summary>
internal sealed class Utf8Positions
{
    private readonly byte[] _bytes;
    private readonly List<int> _lineStarts = [0];

    // Readers ask in increasing order, so the answer is nearly always on the line of the previous one.
    private int _line;

    public Utf8Positions(byte[] bytes)
    {
        _bytes = bytes;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) Of(long byteOffset)
    {
        var offset = (int)Math.Min(byteOffset, _bytes.Length);
        if (offset < _lineStarts[_line])
        {
            var index = _lineStarts.BinarySearch(offset);
            _line = index >= 0 ? index : ~index - 1;
        }

        while (_line + 1 < _lineStarts.Count && _lineStarts[_line + 1] <= offset)
        {
            _line++;
        }

        return (_line + 1, CharactersBetween(_lineStarts[_line], offset) + 1);
    }

    public int ColumnOfByteInLine(int line, int byteInLine)
    {
        if (line < 1 || line > _lineStarts.Count)
        {
            return 1;
        }

        var start = _lineStarts[line - 1];
        return CharactersBetween(start, Math.Min(start + byteInLine, _bytes.Length)) + 1;
    }

    private int CharactersBetween(int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            // Count lead bytes only: continuation bytes look like 10xxxxxx.
            if ((_bytes[i] & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }
}
