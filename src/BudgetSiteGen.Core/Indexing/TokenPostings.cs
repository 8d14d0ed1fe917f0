namespace BudgetSiteGen.Indexing;

/// <summary>
/// The documents a token occurs in, keeping at most <see cref="Limit"/> of them: the best-scoring, ties
/// to the earlier document. A token found on nearly every page of a national portal would otherwise
/// make one shard (and one query) as large as the whole site; its best matches are what a reader sees.
/// </summary>
public sealed class TokenPostings
{
    public const int Limit = 2000;

    private readonly PriorityQueue<int, (int Score, int NegatedDoc)> _heap = new();
    private readonly Dictionary<int, int> _scores = [];

    public void Add(int doc, int score)
    {
        if (_heap.Count < Limit)
        {
            _heap.Enqueue(doc, (score, -doc));
            _scores[doc] = score;
            return;
        }

        IsTruncated = true;
        _heap.TryPeek(out var weakest, out var priority);
        if (score > priority.Score || (score == priority.Score && doc < weakest))
        {
            _heap.DequeueEnqueue(doc, (score, -doc));
            _scores.Remove(weakest);
            _scores[doc] = score;
        }
    }

    public int Count => _scores.Count;

    /// <summary>Whether documents were dropped to stay within <see cref="Limit"/>.</summary>
    public bool IsTruncated { get; private set; }

    /// <summary>Documents in ascending order with their scores.</summary>
    public IEnumerable<(int Doc, int Score)> Ordered() => _scores.OrderBy(p => p.Key).Select(p => (p.Key, p.Value));
}
