using BudgetSiteGen.Indexing;

namespace BudgetSiteGen.Building;

/// <summary>What to build, from where, into where.</summary>
public sealed record BuildOptions(string ContentFolder, string OutputFolder, string ThemesFolder)
{
    public PageSelection Selection { get; init; } = PageSelection.All;

    /// <summary>Build only this part of the site, for a later merge (see docs/cli.md).</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>Where unchanged departments are remembered between builds; null builds everything.</summary>
    public string? CacheFolder { get; init; }

    /// <summary>How many search postings are held before they are set aside on disk; lowered by tests to make a small site spill.</summary>
    public long SearchSpillAfter { get; init; } = SearchIndexWriter.DefaultSpillAfter;
}
