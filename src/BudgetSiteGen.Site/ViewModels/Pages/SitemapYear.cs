namespace BudgetSiteGen.ViewModels.Pages;

public sealed record SitemapYear(string Heading, IReadOnlyList<LinkItem> Pages);
