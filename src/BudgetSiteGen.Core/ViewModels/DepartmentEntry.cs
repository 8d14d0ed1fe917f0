namespace BudgetSiteGen.ViewModels;

public sealed record DepartmentEntry(string Name, string KindName, IReadOnlyList<YearEntry> Years);
