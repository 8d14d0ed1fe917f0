namespace BudgetSiteGen.Model;

/// <summary>The department-wide performance form (部门整体支出绩效目标申报表).</summary>
public sealed record DepartmentForm(
    string Title,
    string? DepartmentLabel,
    int? InternalUnits,
    int? BudgetUnits,
    FormStaffing? Staffing,
    string? Duties,
    string? StrategicGoals,
    MoneyUnit Unit,
    FundsBySource? FundsBySource,
    FundsByUse? FundsByUse,
    IReadOnlyList<KeyTask> KeyTasks,
    string? AnnualGoals,
    IReadOnlyList<Indicator> Indicators);
