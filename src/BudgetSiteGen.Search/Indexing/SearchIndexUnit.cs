namespace BudgetSiteGen.Indexing;

/// <summary>A department's documents in the search index: numbers <see cref="First"/> up to First + Count.</summary>
public sealed record SearchIndexUnit(string Key, int First, int Count)
{
    public int End => First + Count;
}
