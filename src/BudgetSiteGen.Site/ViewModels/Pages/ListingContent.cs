namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>A jurisdiction or department page: what is published there and below.</summary>
public sealed record ListingContent(string? Intro, IReadOnlyList<LinkItem> Children, IReadOnlyList<DepartmentEntry> Departments)
{
    public IReadOnlyList<LinkItem> Comparisons { get; init; } = [];
}
