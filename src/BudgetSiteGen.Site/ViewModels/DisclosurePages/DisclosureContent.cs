namespace BudgetSiteGen.ViewModels.DisclosurePages;

/// <summary>A report's 公开合规 page: a count of outcomes, then every item.</summary>
public sealed record DisclosureContent(string Summary, IReadOnlyList<DisclosureItemView> Items, LinkItem SiteTable);
