namespace BudgetSiteGen.ViewModels.Checks;

/// <summary>The site-wide page summarising findings, and what the rules could check, per department-year.</summary>
public sealed record SiteChecksContent(IReadOnlyList<ChecksSummaryRow> Rows, string TotalDiscrepancies, string TotalRoundings)
{
    public string TotalRan { get; init; } = "0";

    public string TotalNotApplicable { get; init; } = "0";

    public string TotalCouldNotRun { get; init; } = "0";

    /// <summary>The site-wide disclosure checklist, a different question about the same reports.</summary>
    public LinkItem? Disclosure { get; init; }
}
