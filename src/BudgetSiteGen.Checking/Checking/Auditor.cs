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
        new CodeNamesRule(),
        new CodeParentRule(),
        new CodeCoverageRule(),
        new CodeNamesAcrossReportsRule([]),
        new CardsListedRule(),
        new ThreePublicChangesRule(),
        new ChangePercentRule(),
        new FormFundsRule(),
        new StaffCountsRule(),
        new ListedPartsRule(),
    ];

    public static AuditReport Audit(DepartmentYear year) => Audit(year, Rules);

    private static AuditReport Audit(DepartmentYear year, IReadOnlyList<AuditRule> rules)
    {
        var results = rules.Select(rule => Run(rule, year)).ToList();
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
            return new RuleResult([], new RuleCoverage(rule.Code, RuleStatus.CouldNotRun, 0, Phrase.Of("audit_overflow"), [Phrase.Of("audit_overflow")]));
        }
    }

    /// <summary>Every report, with the rules that compare a report with the others of the site given all of them.</summary>
    public static IReadOnlyList<AuditReport> Audit(ContentSet content)
    {
        var rules = Rules.Select(rule => rule is CodeNamesAcrossReportsRule ? new CodeNamesAcrossReportsRule(content.DepartmentYears) : rule).ToList();
        return content.DepartmentYears.Select(year => Audit(year, rules)).ToList();
    }
}
