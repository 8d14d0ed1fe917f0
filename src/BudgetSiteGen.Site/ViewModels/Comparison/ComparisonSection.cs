namespace BudgetSiteGen.ViewModels.Comparison;

public sealed record ComparisonSection(string Id, string Title, string? Intro, IReadOnlyList<ComparisonRow> Rows);
