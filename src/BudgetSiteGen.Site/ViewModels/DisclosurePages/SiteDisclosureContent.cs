namespace BudgetSiteGen.ViewModels.DisclosurePages;

/// <summary>The site-wide checklist: the items as columns, a row per department-year, and the CSV of the same table.</summary>
public sealed record SiteDisclosureContent(IReadOnlyList<string> Items, IReadOnlyList<SiteDisclosureRow> Rows, LinkItem Csv, IReadOnlyList<OutcomeView> Legend);
