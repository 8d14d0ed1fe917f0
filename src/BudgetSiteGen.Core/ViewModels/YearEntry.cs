namespace BudgetSiteGen.ViewModels;

/// <summary>A department-year as listed on home and jurisdiction pages. <see cref="Href"/> is relative to the listing page.</summary>
public sealed record YearEntry(int Year, string KindLabel, string? Href, string? TotalText, string Unit);
