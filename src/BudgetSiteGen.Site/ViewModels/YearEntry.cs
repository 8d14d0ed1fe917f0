namespace BudgetSiteGen.ViewModels;

/// <summary>A department-year as listed on home, jurisdiction and department pages. <see cref="Href"/> is relative to the listing page.</summary>
public sealed record YearEntry(int Year, string Label, string? Href, string? TotalText, string Unit);
