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
    ];

    public static AuditReport Audit(DepartmentYear year)
    {
        var results = Rules.Select(rule => rule.Run(year)).ToList();
        return new AuditReport(year, results.SelectMany(r => r.Findings).ToList()) { Coverage = results.Select(r => r.Coverage).ToList() };
    }

    public static IReadOnlyList<AuditReport> Audit(ContentSet content) =>
        content.DepartmentYears.Select(Audit).ToList();
}
