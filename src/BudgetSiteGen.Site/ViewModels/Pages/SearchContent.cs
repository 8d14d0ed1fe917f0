namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>The search page: the page types to filter by, and the static index for readers without JavaScript.</summary>
public sealed record SearchContent(IReadOnlyList<OptionItem> Types, IReadOnlyList<LinkItem> Sitemaps);
