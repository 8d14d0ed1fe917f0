namespace BudgetSiteGen.ViewModels.Pages;

public sealed record PerformanceIndexContent(LinkItem? DepartmentForm, IReadOnlyList<CardSummary> Cards, string? TotalText, int Count);
