using BudgetSiteGen.Checking;
using BudgetSiteGen.Checking.Rules;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;
using static BudgetSiteGen.Tests.Support.ModelBuilder;

namespace BudgetSiteGen.Tests.Checking;

/// <summary>
/// The rules on layouts other than Shanxi's and on final accounts: each identity holding and failing, budget identities
/// not applied to final accounts, figures in different units, and rules that say they could not run.
/// </summary>
public sealed class GeneralRuleTests
{
    [Fact]
    public void A_final_accounts_report_is_not_held_to_the_budget_identity_of_this_years_arrangement_plus_carry_over()
    {
        // 决算 表八 prints 年初结转和结余 | 本年收入 | 本年支出 …; read as a budget's columns the row would not add up.
        var table = Table(8, TableType.GovernmentFundExpenditure, [FigureRole.Total, FigureRole.CurrentYear, FigureRole.CarryOver],
            Row("229", "其他支出", 10.00m, 7.00m, 2.00m));
        Assert.Single(ColumnSumRule.CurrentAndCarryOver.Check(Year([table])));

        var result = ColumnSumRule.CurrentAndCarryOver.Run(Final(Year([table])));
        Assert.Empty(result.Findings);
        Assert.Equal(RuleStatus.NotApplicable, result.Coverage.Status);
        Assert.Contains("不适用于决算", result.Coverage.Reason!.Said(), StringComparison.Ordinal);
    }

    private static BudgetTable Balances(decimal closing) => Table(8, TableType.GovernmentFundExpenditure,
        [FigureRole.OpeningBalance, FigureRole.CurrentIncome, FigureRole.CurrentExpenditure, FigureRole.Basic, FigureRole.Project, FigureRole.ClosingBalance],
        Row("229", "其他支出", 3.00m, 10.00m, 11.00m, 4.00m, 7.00m, closing));

    [Fact]
    public void In_final_accounts_opening_balance_plus_income_equals_expenditure_plus_closing_balance()
    {
        Assert.Empty(new FinalBalanceRule().Check(Final(Year([Balances(2.00m)]))));
        var finding = Assert.Single(new FinalBalanceRule().Check(Final(Year([Balances(2.50m)]))));
        Assert.Equal(("BSG220", 10.50m, 0.50m), (finding.RuleCode, finding.Expected!.Value, finding.Difference!.Value));
        Assert.Equal(RuleStatus.NotApplicable, new FinalBalanceRule().Run(Year([Balances(2.50m)])).Coverage.Status);
    }

    [Fact]
    public void Basic_plus_project_is_checked_against_this_years_expenditure_when_a_final_accounts_table_has_no_total_column()
    {
        Assert.Empty(ColumnSumRule.BasicProject.Check(Final(Year([Balances(2.00m)]))));
        var broken = Table(8, TableType.GovernmentFundExpenditure, [FigureRole.CurrentExpenditure, FigureRole.Basic, FigureRole.Project],
            Row("229", "其他支出", 11.00m, 4.00m, 6.00m));
        Assert.Equal(1.00m, Assert.Single(ColumnSumRule.BasicProject.Check(Final(Year([broken])))).Difference);
    }

    [Fact]
    public void A_fiscal_appropriation_column_counts_once_beside_business_and_other_income()
    {
        // 上海 收入预算总表: 合计 | 财政拨款收入 | 事业收入 | 事业单位经营收入 | 其他收入.
        FigureRole[] columns = [FigureRole.Total, FigureRole.FiscalAppropriation, FigureRole.BusinessIncome, FigureRole.OperatingIncome, FigureRole.OtherIncome];
        var holds = Table(2, TableType.IncomeSummary, columns, Row("201", "一般公共服务支出", 8209.68m, 8209.68m, null, null, null));
        Assert.Empty(ColumnSumRule.FundSources.Check(Year([holds])));
        var fails = Table(2, TableType.IncomeSummary, columns, Row("201", "一般公共服务支出", 8209.68m, 8200.00m, 5.00m, null, 6.20m));
        Assert.Equal(-1.52m, Assert.Single(ColumnSumRule.FundSources.Check(Year([fails]))).Difference);
    }

    [Fact]
    public void Three_public_items_printed_as_columns_add_up_in_each_measure()
    {
        AmountColumn[] columns =
        [
            ItemColumn(FigureRole.ThreePublic, FigureRole.Budget), ItemColumn(FigureRole.ThreePublic, FigureRole.Actual),
            ItemColumn(FigureRole.OutboundTravel, FigureRole.Budget), ItemColumn(FigureRole.OutboundTravel, FigureRole.Actual),
            ItemColumn(FigureRole.OfficialReception, FigureRole.Budget), ItemColumn(FigureRole.OfficialReception, FigureRole.Actual),
        ];
        TableSection Row(decimal actualTotal) => new(null, null, [], columns, [new TableRow(null, string.Empty, null, 1, FigureRole.None, [0.95m, actualTotal, null, 0.30m, 0.95m, 0.50m])]);
        BudgetTable ThreePublic(decimal actualTotal) => Sided(7, TableType.ThreePublic, Row(actualTotal));

        Assert.Empty(new ItemColumnsRule().Check(Final(Year([ThreePublic(0.80m)]))));
        var finding = Assert.Single(new ItemColumnsRule().Check(Final(Year([ThreePublic(0.90m)]))));
        Assert.Equal(("BSG219", 0.80m, 0.10m), (finding.RuleCode, finding.Expected!.Value, finding.Difference!.Value));
    }

    [Fact]
    public void A_final_accounts_summary_balances_with_opening_and_closing_balances()
    {
        TableSection Income(decimal grand) => Section("income", [FigureRole.Actual],
            Role(FigureRole.GeneralPublicBudget, "一、一般公共预算财政拨款收入", 2940.05m),
            Role(FigureRole.OtherIncome, "八、其他收入", 6.20m),
            Role(FigureRole.Subtotal, "本年收入合计", 2946.25m),
            Role(FigureRole.OpeningBalance, "年初结转和结余", 49.14m),
            Role(FigureRole.GrandTotal, "总计", grand));
        var spending = Section("expenditure", [FigureRole.Actual],
            Row("201", "一、一般公共服务支出", 2940.05m),
            Role(FigureRole.Subtotal, "本年支出合计", 2940.05m),
            Role(FigureRole.ClosingBalance, "年末结转和结余", 55.34m),
            Role(FigureRole.GrandTotal, "总计", 2995.39m));

        Assert.Empty(new SummaryBalanceRule().Check(Final(Year([Sided(1, TableType.BudgetSummary, Income(2995.39m), spending)]))));
        var findings = new SummaryBalanceRule().Check(Final(Year([Sided(1, TableType.BudgetSummary, Income(2995.49m), spending)])));
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.Said().Contains("收入总计与本年收入、结转", StringComparison.Ordinal) && f.Difference == 0.10m);
    }

    [Fact]
    public void A_summary_table_the_rule_cannot_read_is_reported_as_not_run_not_as_clean()
    {
        // A province that names its summary sections differently: nothing is compared, and the rule says why.
        var table = Sided(1, TableType.BudgetSummary,
            Section("left", [FigureRole.Amount], Role(FigureRole.GrandTotal, "收入总计", 10.00m)),
            Section("right", [FigureRole.Amount], Role(FigureRole.GrandTotal, "支出总计", 12.00m)));
        var result = new SummaryBalanceRule().Run(Year([table]));
        Assert.Empty(result.Findings);
        Assert.Equal(RuleStatus.CouldNotRun, result.Coverage.Status);
        Assert.Contains("income", result.Coverage.Reason!.Said(), StringComparison.Ordinal);

        var audit = Auditor.Audit(Year([table]));
        Assert.Contains(audit.Coverage, c => c.RuleCode == "BSG207" && c.Status == RuleStatus.CouldNotRun);
        Assert.Equal(audit.Coverage.Count, audit.RulesRan + audit.RulesNotApplicable + audit.RulesCouldNotRun);
    }

    [Fact]
    public void A_figure_in_yuan_agrees_with_the_same_figure_printed_rounded_in_wan_yuan()
    {
        // 上海: 机关运行经费 213.28万元 in the 三公 table; 公用经费 2,132,777.54元 in the economic table.
        var costs = InUnit(Sided(9, TableType.ThreePublic, new TableSection(null, null, [], [ItemColumn(FigureRole.OperatingCosts, FigureRole.Amount)],
            [new TableRow(null, string.Empty, null, 1, FigureRole.None, [213.28m])])), MoneyUnit.TenThousandYuan);
        BudgetTable Economic(decimal publicTotal) => InUnit(Table(8, TableType.BasicExpenditureByEconomicClass, [FigureRole.Total, FigureRole.Personnel, FigureRole.Public],
            Total(publicTotal + 100m, 100m, publicTotal)), MoneyUnit.Yuan);

        Assert.Empty(new CrossTableRule().Check(Year([costs, Economic(2132777.54m)])));
        var finding = Assert.Single(new CrossTableRule().Check(Year([costs, Economic(2142777.54m)])));
        Assert.Equal("万元", finding.Unit);
        Assert.Equal(-1.00m, Math.Round(finding.Difference!.Value, 2));
    }

    [Fact]
    public void An_unreadable_cell_is_not_compared_and_the_rule_says_so()
    {
        var table = Table(3, TableType.ExpenditureSummary, [FigureRole.Total, FigureRole.Basic, FigureRole.Project],
            Total(10.00m, 4.00m, 6.00m),
            Row("208", "社会保障和就业支出", 7.00m, 1.00m, 6.00m) with { Unreadable = new HashSet<int> { 1 } },
            Row("210", "卫生健康支出", 3.00m, 3.00m, null));
        var result = ColumnSumRule.BasicProject.Run(Year([table]));
        Assert.Empty(result.Findings);
        Assert.Contains(result.Coverage.NotChecked, n => n.Said().Contains("无法辨认", StringComparison.Ordinal));
    }
}
