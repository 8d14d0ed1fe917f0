using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Execution;

/// <summary>A table a pair group's figures come from, in the report that printed it.</summary>
public sealed record PairSource(DepartmentYear Year, BudgetTable Table);
