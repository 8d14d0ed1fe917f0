namespace BudgetSiteGen.ViewModels.Checks;

/// <summary>The site-wide page summarising findings per department-year.</summary>
public sealed record SiteChecksContent(IReadOnlyList<ChecksSummaryRow> Rows, string TotalDiscrepancies, string TotalRoundings);
