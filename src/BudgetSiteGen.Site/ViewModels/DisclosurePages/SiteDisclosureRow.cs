namespace BudgetSiteGen.ViewModels.DisclosurePages;

/// <summary>One department-year across the site-wide checklist table: its name, a link to its page, and one outcome per item.</summary>
public sealed record SiteDisclosureRow(string Jurisdiction, string Department, string Year, string Href, IReadOnlyList<OutcomeView> Cells);
