namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>
/// Every page of every department-year of one jurisdiction, and the lists of the jurisdictions under it: the
/// static index that needs no script, a level at a time so that no list grows with the portal.
/// </summary>
public sealed record SitemapContent(IReadOnlyList<SitemapYear> Years, IReadOnlyList<LinkItem> Below);
