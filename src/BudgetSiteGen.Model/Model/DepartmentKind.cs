namespace BudgetSiteGen.Model;

/// <summary>A kind of department, shared so the same kind can be compared across jurisdictions and years.</summary>
public sealed record DepartmentKind(string Id, string Name, string? English);
