namespace BudgetSiteGen.ViewModels.Checks;

/// <summary>The site-wide page summarising findings, and what the rules could check, per department-year.</summary>
public sealed record SiteChecksContent(IReadOnlyList<ChecksSummaryRow> Rows, string TotalDiscrepancies, string TotalRoundings)
{
    public string TotalRan { get; init; } = "0";

    public string TotalNotApplicable { get; init; } = "0";

    public string TotalCouldNotRun { get; init; } = "0";

    /// <summary>On a portal too large for one page: the jurisdictions one level down, each with its totals and its own page.</summary>
    public IReadOnlyList<ChecksPartRow> Parts { get; init; } = [];

    /// <summary>The pages of this jurisdiction's own reports when they take more than one; the current one has no link.</summary>
    public IReadOnlyList<Crumb> Pages { get; init; } = [];

    /// <summary>The site-wide disclosure checklist, a different question about the same reports.</summary>
    public LinkItem? Disclosure { get; init; }
}
