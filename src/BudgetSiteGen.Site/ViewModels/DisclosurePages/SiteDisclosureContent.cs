namespace BudgetSiteGen.ViewModels.DisclosurePages;

/// <summary>The site-wide checklist: the items as columns, a row per department-year, and the CSV of the same table.</summary>
public sealed record SiteDisclosureContent(IReadOnlyList<string> Items, IReadOnlyList<SiteDisclosureRow> Rows, LinkItem Csv, IReadOnlyList<OutcomeView> Legend)
{
    /// <summary>On a portal too large for one page: the jurisdictions one level down, each with its number of reports and its own page.</summary>
    public IReadOnlyList<LinkItem> Parts { get; init; } = [];

    /// <summary>The pages of this jurisdiction's own reports when they take more than one; the current one has no link.</summary>
    public IReadOnlyList<Crumb> Pages { get; init; } = [];
}
