namespace BudgetSiteGen.ViewModels;

public sealed record JurisdictionNode(string Name, string Code, string LevelLabel, IReadOnlyList<DepartmentEntry> Departments, IReadOnlyList<JurisdictionNode> Children);
