namespace BudgetSiteGen.Building;

/// <param name="Parts">The output folders of every shard build, <c>build --shard K/N</c> for K = 1..N.</param>
public sealed record MergeOptions(string ContentFolder, string OutputFolder, string ThemesFolder, IReadOnlyList<string> Parts);
