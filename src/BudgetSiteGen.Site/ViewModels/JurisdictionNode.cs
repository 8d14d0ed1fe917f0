namespace BudgetSiteGen.ViewModels;

public sealed record JurisdictionNode(string Name, string Code, string LevelLabel, string? Href, IReadOnlyList<DepartmentEntry> Departments, IReadOnlyList<JurisdictionNode> Children);
