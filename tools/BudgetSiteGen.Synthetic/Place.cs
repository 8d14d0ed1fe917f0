namespace BudgetSiteGen.Synthetic;

/// <summary>A generated administrative division: code, Chinese name, level, parent and URL slug.</summary>
public sealed record Place(string Code, string Name, string Level, string? Parent, string Slug);
