namespace BudgetSiteGen.ViewModels;

/// <summary>The same page in one of the site's languages: for the alternate links in the head and the visible switch.</summary>
public sealed record LanguageLink(string Tag, string Href, string Name, bool IsCurrent);
