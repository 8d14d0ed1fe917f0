namespace BudgetSiteGen.Indexing;

/// <summary>
/// The documents a token occurs in, keeping at most <see cref="Limit"/> of them: the best-scoring, ties
/// to the earlier document. A token found on nearly every page of a national portal would otherwise
/// make one shard (and one query) as large as the whole site; its best matches are what a reader sees.
/// </summary>
/// <remarks>
/// Held for every token of the site until the index is written, so each entry is one long (score in the
/// high half, the document's distance from int.MaxValue in the low half): 8 bytes instead of the 50 or so
/// of a heap and a dictionary. Documents arrive in increasing order, so until the limit the array is in
/// document order; from then on it is a min-heap whose root is the weakest entry (lowest score, then latest document).
/// </remarks>
public sealed class TokenPostings
{
    public const int Limit = 2000;

    private long[] _entries = new long[2];
    private int _count;

    public void Add(int doc, int score)
    {
        var entry = Pack(doc, score);
        if (_count < Limit)
        {
            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, Math.Min(Limit, _count * 2));
            }

            _entries[_count++] = entry;
            return;
        }

        if (!IsTruncated)
        {
            IsTruncated = true;
            for (var i = (_count / 2) - 1; i >= 0; i--)
            {
                SiftDown(i);
            }
        }

        // A later document with an equal score is weaker, so only a higher score displaces the weakest.
        if (entry > _entries[0])
        {
            _entries[0] = entry;
            SiftDown(0);
        }
    }

    public int Count => _count;

    /// <summary>Whether documents were dropped to stay within <see cref="Limit"/>.</summary>
    public bool IsTruncated { get; private set; }

    /// <summary>Documents in ascending order with their scores.</summary>
    public IEnumerable<(int Doc, int Score)> Ordered()
    {
        var entries = _entries.AsSpan(0, _count).ToArray().Select(Unpack);
        return IsTruncated ? entries.OrderBy(p => p.Doc) : entries;
    }

    private static long Pack(int doc, int score) => ((long)score << 32) | (uint)(int.MaxValue - doc);

    private static (int Doc, int Score) Unpack(long entry) => (int.MaxValue - (int)(uint)entry, (int)(entry >> 32));

    private void SiftDown(int i)
    {
        while (true)
        {
            var smallest = i;
            var left = (2 * i) + 1;
            if (left < _count && _entries[left] < _entries[smallest])
            {
                smallest = left;
            }

            if (left + 1 < _count && _entries[left + 1] < _entries[smallest])
            {
                smallest = left + 1;
            }

            if (smallest == i)
            {
                return;
            }

            (_entries[i], _entries[smallest]) = (_entries[smallest], _entries[i]);
            i = smallest;
        }
    }
}
