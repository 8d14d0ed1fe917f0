namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>Every page of every department-year of one jurisdiction: the static index that needs no script.</summary>
public sealed record SitemapContent(IReadOnlyList<SitemapYear> Years);
