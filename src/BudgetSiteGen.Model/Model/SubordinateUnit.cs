namespace BudgetSiteGen.Model;

/// <summary>
/// A unit whose accounts the report includes (所属单位, 部门决算单位构成): its name, its type where printed, whether it
/// has a budget of its own or is merged into the department's (预算不单列，并入本级), and the printed remark.
/// </summary>
public sealed record SubordinateUnit(string Name, UnitType? Type, bool? OwnBudget, string? Note);
