namespace BudgetSiteGen.ViewModels;

/// <summary>A department with its published years; <see cref="Href"/> leads to the department's own page.</summary>
public sealed record DepartmentEntry(string Name, string KindName, string? Href, IReadOnlyList<YearEntry> Years);
