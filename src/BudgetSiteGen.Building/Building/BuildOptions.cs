namespace BudgetSiteGen.Building;

/// <param name="Shard">Build only this part of the site, for a later merge (see docs/cli.md).</param>
/// <param name="CacheFolder">Where unchanged departments are remembered between builds; null builds everything.</param>
public sealed record BuildOptions(string ContentFolder, string OutputFolder, string ThemesFolder)
{
    public PageSelection Selection { get; init; } = PageSelection.All;

    public ShardSpec? Shard { get; init; }

    public string? CacheFolder { get; init; }
}
