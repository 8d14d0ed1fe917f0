using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>
/// One comparable figure: how to read it from a department-year, its unit, whether a share of the total
/// budget makes sense beside it, and where it comes from (shown to readers and documented in docs/comparison.md).
/// </summary>
public sealed record Metric(string Key, string Label, string Unit, bool ShowShare, string Source, Func<DepartmentYear, decimal?> Read, bool Computed = false);
