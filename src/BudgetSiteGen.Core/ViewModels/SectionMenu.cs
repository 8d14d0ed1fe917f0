namespace BudgetSiteGen.ViewModels;

/// <summary>The menu of a department-year's sections, shown on each of its pages.</summary>
public sealed record SectionMenu(string Label, IReadOnlyList<MenuItem> Items);
