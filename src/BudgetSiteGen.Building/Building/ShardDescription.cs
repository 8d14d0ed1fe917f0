namespace BudgetSiteGen.Building;

/// <summary>Which part of which build a shard is: the merge refuses parts of different builds or a missing part.</summary>
public sealed record ShardDescription(int Shard, int Of, string Inputs, IReadOnlyList<string> Departments);
