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
        ColumnSumRule.BasicProject,
        ColumnSumRule.PersonnelPublic,
        ColumnSumRule.CurrentAndCarryOver,
        new SummaryBalanceRule(),
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
    ];

    public static AuditReport Audit(DepartmentYear year) =>
        new(year, Rules.SelectMany(rule => Findings(rule, year)).ToList());

    /// <summary>
    /// A rule's findings. Loaded figures are bounded so that the rules' arithmetic stays inside decimal's range
    /// (see FigureRange); should a rule still leave it, that rule stops for this report and the audit goes on.
    /// </summary>
    private static List<Finding> Findings(AuditRule rule, DepartmentYear year)
    {
        var findings = new List<Finding>();
        try
        {
            findings.AddRange(rule.Check(year));
        }
        catch (OverflowException)
        {
            // The findings met before the overflow stand.
        }

        return findings;
    }

    public static IReadOnlyList<AuditReport> Audit(ContentSet content) =>
        content.DepartmentYears.Select(Audit).ToList();
}
