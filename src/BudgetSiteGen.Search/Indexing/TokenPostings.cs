namespace BudgetSiteGen.Indexing;

/// <summary>
/// Every document a token occurs in, with its score, in document order. Nothing is ever cut: a query must find
/// every page that has its words, however common they are (see docs/search.md for how the download stays small).
/// </summary>
/// <remarks>
/// Held for every token of the site until the index is written, so the list is kept as it will be published:
/// each document as a varint of its gap from the previous one, then its score as a varint. Documents arrive in
/// increasing order, so appending is all adding does; about two bytes a posting instead of eight.
/// </remarks>
public sealed class TokenPostings
{
    private byte[] _bytes;
    private int _length;
    private int _last;

    public TokenPostings() => _bytes = new byte[4];

    private TokenPostings(int capacity) => _bytes = new byte[capacity];

    private TokenPostings(byte[] bytes, int count, int last)
    {
        _bytes = bytes;
        _length = bytes.Length;
        Count = count;
        _last = last;
    }

    public int Count { get; private set; }

    /// <summary>The encoded postings, for the build cache.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, _length);

    /// <summary>Adds a document after every one already added (documents are numbered in the order they arrive).</summary>
    public void Add(int doc, int score)
    {
        if (Count > 0 && doc <= _last)
        {
            throw new ArgumentOutOfRangeException(nameof(doc), doc, "documents are added in increasing order");
        }

        Append(Count == 0 ? doc : doc - _last);
        Append(score);
        _last = doc;
        Count++;
    }

    /// <summary>Adds a later part of the same list, whose documents all come after this one's.</summary>
    public void AddAll(TokenPostings later)
    {
        foreach (var (doc, score) in later.Ordered())
        {
            Add(doc, score);
        }
    }

    /// <summary>The documents in ascending order with their scores.</summary>
    public IEnumerable<(int Doc, int Score)> Ordered()
    {
        var at = 0;
        var doc = 0;
        for (var i = 0; i < Count; i++)
        {
            doc += Read(ref at);
            var score = Read(ref at);
            yield return (doc, score);
        }
    }

    public static TokenPostings FromBytes(byte[] bytes, int count)
    {
        var postings = new TokenPostings(bytes, count, 0);
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            postings._last += postings.Read(ref at);
            postings.Read(ref at);
        }

        return postings;
    }

    /// <summary>
    /// Takes out the documents in <paramref name="removed"/> (the old numbers of rebuilt departments) and adds
    /// <paramref name="added"/> (their new documents): the same list indexing everything again would make.
    /// </summary>
    public TokenPostings Replace(IReadOnlyList<(int First, int End)> removed, IEnumerable<(int Doc, int Score)> added) =>
        Renumber(doc => removed.Any(r => doc >= r.First && doc < r.End) ? -1 : doc, added);

    /// <summary>
    /// The list after an update: each document under its new number (<paramref name="renumber"/> gives -1 for one
    /// that is gone), with <paramref name="added"/> (the rebuilt documents, in order) merged in.
    /// </summary>
    /// <remarks>
    /// Kept departments keep their order, so the kept documents stay in order under their new numbers and one pass
    /// merges the two lists; should a renumbering ever reorder them, the list is sorted instead.
    /// </remarks>
    public TokenPostings Renumber(Func<int, int> renumber, IEnumerable<(int Doc, int Score)> added)
    {
        var result = new TokenPostings(_length + 8);
        using var extra = added.GetEnumerator();
        var hasExtra = extra.MoveNext();
        var at = 0;
        var doc = 0;
        for (var i = 0; i < Count; i++)
        {
            doc += Read(ref at);
            var score = Read(ref at);
            var moved = renumber(doc);
            if (moved < 0)
            {
                continue;
            }

            for (; hasExtra && extra.Current.Doc < moved; hasExtra = extra.MoveNext())
            {
                result.Add(extra.Current.Doc, extra.Current.Score);
            }

            if (result.Count > 0 && moved <= result._last)
            {
                return RenumberSorted(renumber, added);
            }

            result.Add(moved, score);
        }

        for (; hasExtra; hasExtra = extra.MoveNext())
        {
            result.Add(extra.Current.Doc, extra.Current.Score);
        }

        return result;
    }

    private TokenPostings RenumberSorted(Func<int, int> renumber, IEnumerable<(int Doc, int Score)> added)
    {
        var merged = Ordered().Select(p => (Doc: renumber(p.Doc), p.Score)).Where(p => p.Doc >= 0).Concat(added).OrderBy(p => p.Doc);
        var result = new TokenPostings();
        foreach (var (doc, score) in merged)
        {
            result.Add(doc, score);
        }

        return result;
    }

    private void Append(int value)
    {
        if (_length + 5 > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + 5));
        }

        var v = (uint)value;
        while (v >= 0x80)
        {
            _bytes[_length++] = (byte)(v | 0x80);
            v >>= 7;
        }

        _bytes[_length++] = (byte)v;
    }

    private int Read(ref int at)
    {
        var value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = _bytes[at++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);

        return value;
    }
}
