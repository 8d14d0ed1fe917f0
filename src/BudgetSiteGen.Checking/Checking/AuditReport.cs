using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>The findings of one department-year, in rule order, and what every rule checked.</summary>
public sealed record AuditReport(DepartmentYear Year, IReadOnlyList<Finding> Findings)
{
    public IReadOnlyList<RuleCoverage> Coverage { get; init; } = [];

    public int Discrepancies => Findings.Count(f => f.Kind == FindingKind.Discrepancy);

    public int Roundings => Findings.Count(f => f.Kind == FindingKind.Rounding);

    public int RulesRan => Coverage.Count(c => c.Status == RuleStatus.Ran);

    public int RulesNotApplicable => Coverage.Count(c => c.Status == RuleStatus.NotApplicable);

    public int RulesCouldNotRun => Coverage.Count(c => c.Status == RuleStatus.CouldNotRun);
}
