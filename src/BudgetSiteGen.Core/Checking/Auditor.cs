using BudgetSiteGen.Checking.Rules;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>Runs every rule over every department-year. Rules only read the model; the report is plain data.</summary>
public static class Auditor
{
    public static readonly IReadOnlyList<AuditRule> Rules =
    [
        new TableTotalRule(),
        new ParentChildrenRule(),
        ColumnSumRule.FundSources,
        ColumnSumRule.FiscalAppropriation,
        ColumnSumRule.BasicProject,
        ColumnSumRule.PersonnelPublic,
        ColumnSumRule.CurrentAndCarryOver,
        new SummaryBalanceRule(),
        new FinalBalanceRule(),
        new ItemColumnsRule(),
        new CrossTableRule(),
        new CardFundsRule(),
        new CardTableRule(),
        new CardUnitCostRule(),
        new CardTextRule(),
        new DepartmentFormRule(),
        new NarrativeAmountsRule(),
        new NarrativeSharesRule(),
        new NoDataStructureRule(),
        new NarrativeCountsRule(),
        new FormCardsRule(),
        new TextSumRule(),
        new TextProductRule(),
    ];

    public static AuditReport Audit(DepartmentYear year)
    {
        var results = Rules.Select(rule => Run(rule, year)).ToList();
        return new AuditReport(year, results.SelectMany(r => r.Findings).ToList()) { Coverage = results.Select(r => r.Coverage).ToList() };
    }

    /// <summary>
    /// One rule on one report. Loaded figures are bounded so that the rules' arithmetic stays inside decimal's range
    /// (see FigureRange); should a rule still leave it, that rule says it could not run and the audit goes on.
    /// </summary>
    private static RuleResult Run(AuditRule rule, DepartmentYear year)
    {
        try
        {
            return rule.Run(year);
        }
        catch (OverflowException)
        {
            return new RuleResult([], new RuleCoverage(rule.Code, RuleStatus.CouldNotRun, 0, "数字超出可计算的范围", ["数字超出可计算的范围"]));
        }
    }

    public static IReadOnlyList<AuditReport> Audit(ContentSet content) =>
        content.DepartmentYears.Select(Audit).ToList();
}
