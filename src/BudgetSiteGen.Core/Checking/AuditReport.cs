using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>The findings of one department-year, in rule order.</summary>
public sealed record AuditReport(DepartmentYear Year, IReadOnlyList<Finding> Findings)
{
    public int Discrepancies => Findings.Count(f => f.Kind == FindingKind.Discrepancy);

    public int Roundings => Findings.Count(f => f.Kind == FindingKind.Rounding);
}
