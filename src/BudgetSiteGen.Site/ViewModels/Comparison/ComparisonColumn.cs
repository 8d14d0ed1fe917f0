namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>One compared department-year: a column of the comparison table and a series of its charts.</summary>
public sealed record ComparisonColumn(string Id, string Label, string Detail, string Href, int Index);
