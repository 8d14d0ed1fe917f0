namespace BudgetSiteGen.ViewModels;

/// <summary>
/// The menu of a department-year's sections, shown on each of its pages. On a phone it is folded behind
/// <see cref="Summary"/>, which names the current section, so the page's own content fills the first screen.
/// </summary>
public sealed record SectionMenu(string Label, string Summary, IReadOnlyList<MenuItem> Items);
