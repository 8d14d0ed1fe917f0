namespace BudgetSiteGen.Indexing;

/// <summary>
/// The documents a token occurs in. The index publishes at most <see cref="Limit"/> of them: the best-scoring,
/// ties to the earlier document. A token found on nearly every page of a national portal would otherwise
/// make one shard (and one query) as large as the whole site; its best matches are what a reader sees.
/// </summary>
/// <remarks>
/// <see cref="Margin"/> more are kept than published, so that an incremental build can take one department's
/// documents out of a cut list and still know the best <see cref="Limit"/> of what remains (see
/// <see cref="Replace"/>). Held for every token of the site until the index is written, so each entry is one
/// long (score in the high half, the document's distance from int.MaxValue in the low half, so a larger entry
/// is a better one): 8 bytes instead of the 50 or so of a heap and a dictionary. Documents arrive in increasing
/// order, so until the cut the array is in document order; from then on it is a min-heap whose root is the weakest entry.
/// </remarks>
public sealed class TokenPostings
{
    public const int Limit = 2000;

    /// <summary>More than one department's pages on any token (about 45 a report, a few reports a department).</summary>
    public const int Margin = 1000;

    private const int Kept = Limit + Margin;

    private long[] _entries;
    private int _count;
    private bool _isHeap;

    public TokenPostings() => _entries = new long[2];

    private TokenPostings(long[] entries, bool isComplete)
    {
        _entries = entries;
        _count = entries.Length;
        IsComplete = isComplete;
        _isHeap = false;
    }

    /// <summary>False once an entry was dropped: then every document not kept scores below every kept one.</summary>
    public bool IsComplete { get; private set; } = true;

    public int Count => _count;

    /// <summary>Whether the published list is cut: more than <see cref="Limit"/> documents have the token.</summary>
    public bool IsTruncated => _count > Limit || !IsComplete;

    public void Add(int doc, int score)
    {
        var entry = Pack(doc, score);
        if (_count < Kept)
        {
            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, Math.Min(Kept, _count * 2));
            }

            _entries[_count++] = entry;
            return;
        }

        if (!_isHeap)
        {
            _isHeap = true;
            for (var i = (_count / 2) - 1; i >= 0; i--)
            {
                SiftDown(i);
            }
        }

        IsComplete = false;
        // A later document with an equal score is weaker, so only a higher score displaces the weakest.
        if (entry > _entries[0])
        {
            _entries[0] = entry;
            SiftDown(0);
        }
    }

    /// <summary>The published documents (at most <see cref="Limit"/>, the best) in ascending order with their scores.</summary>
    public IEnumerable<(int Doc, int Score)> Ordered()
    {
        var entries = _entries.AsSpan(0, _count).ToArray();
        if (entries.Length <= Limit)
        {
            return _isHeap ? entries.Select(Unpack).OrderBy(p => p.Doc) : entries.Select(Unpack);
        }

        Array.Sort(entries);
        return entries[^Limit..].Select(Unpack).OrderBy(p => p.Doc);
    }

    /// <summary>Every kept document with its score (more than are published once the list is long), in no particular order.</summary>
    public IEnumerable<(int Doc, int Score)> All() => _entries.AsSpan(0, _count).ToArray().Select(Unpack);

    /// <summary>The kept entries, for the build cache.</summary>
    public ReadOnlySpan<long> Entries => _entries.AsSpan(0, _count);

    public static TokenPostings FromEntries(long[] entries, bool isComplete) => new(entries, isComplete);

    /// <summary>
    /// Takes out the documents from <paramref name="first"/> up to <paramref name="end"/> (a department rebuilt)
    /// and adds its new ones. Where entries were dropped before, only entries at least as good as the weakest
    /// kept one are certain to be in their right place, so weaker new ones are left out; false when fewer than
    /// <see cref="Limit"/> certain entries remain and the published list can no longer be told from the kept ones.
    /// </summary>
    public bool Replace(IReadOnlyList<(int First, int End)> removed, IEnumerable<(int Doc, int Score)> added)
    {
        bool IsRemoved(long entry)
        {
            var doc = Unpack(entry).Doc;
            foreach (var (first, end) in removed)
            {
                if (doc >= first && doc < end)
                {
                    return true;
                }
            }

            return false;
        }

        var fresh = added.Select(p => Pack(p.Doc, p.Score)).ToList();
        var current = _entries.AsSpan(0, _count);
        var touched = fresh.Count > 0;
        foreach (var entry in current)
        {
            touched = touched || IsRemoved(entry);
        }

        if (!touched)
        {
            return true;
        }

        var weakest = IsComplete || _count == 0 ? long.MinValue : Min(current);
        var kept = new List<long>(_count + fresh.Count);
        foreach (var entry in current)
        {
            if (!IsRemoved(entry))
            {
                kept.Add(entry);
            }
        }

        kept.AddRange(fresh.Where(entry => entry >= weakest));
        var entries = kept.ToArray();
        var complete = IsComplete;
        if (entries.Length > Kept)
        {
            Array.Sort(entries);
            entries = entries[^Kept..];
            complete = false;
        }

        if (!complete && entries.Length <= Limit)
        {
            return false;
        }

        Array.Sort(entries, (a, b) => Unpack(a).Doc.CompareTo(Unpack(b).Doc));
        (_entries, _count, _isHeap, IsComplete) = (entries, entries.Length, false, complete);
        return true;
    }

    private static long Min(ReadOnlySpan<long> entries)
    {
        var min = long.MaxValue;
        foreach (var entry in entries)
        {
            min = Math.Min(min, entry);
        }

        return min;
    }

    public static int DocOf(long entry) => Unpack(entry).Doc;

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
