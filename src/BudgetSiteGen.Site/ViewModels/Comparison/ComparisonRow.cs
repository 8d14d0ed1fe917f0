namespace BudgetSiteGen.ViewModels.Comparison;

public sealed record ComparisonRow(string Id, string Label, string Unit, string Source, string? Note, int Level, IReadOnlyList<ComparisonCell> Cells);
