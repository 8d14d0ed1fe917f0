using BudgetSiteGen.Checking;
using BudgetSiteGen.Checking.Rules;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;
using static BudgetSiteGen.Tests.Support.ModelBuilder;

namespace BudgetSiteGen.Tests.Checking;

/// <summary>Each table rule on a small crafted table where it holds, and one where it fails.</summary>
public sealed class TableRuleTests
{
    private static readonly FigureRole[] TotalBasicProject = [FigureRole.Total, FigureRole.Basic, FigureRole.Project];

    private static BudgetTable Spending(decimal total) => Table(3, TableType.ExpenditureSummary, TotalBasicProject,
        Total(total, 4.00m, 6.00m),
        Row("208", "社会保障和就业支出", 7.00m, 1.00m, 6.00m),
        Row("210", "卫生健康支出", 3.00m, 3.00m, null));

    [Fact]
    public void Table_total_holds_when_the_classes_add_up()
    {
        Assert.Empty(new TableTotalRule().Check(Year([Spending(10.00m)])));
    }

    [Fact]
    public void Table_total_half_off_is_a_discrepancy_at_the_total_cell()
    {
        var finding = Assert.Single(new TableTotalRule().Check(Year([Spending(10.50m)])));
        Assert.Equal(("BSG201", FindingKind.Discrepancy), (finding.RuleCode, finding.Kind));
        Assert.Equal((3, "main", 0, 0), (finding.Location.TableNumber!.Value, finding.Location.SectionId!, finding.Location.RowIndex!.Value, finding.Location.ColumnIndex!.Value));
        Assert.Equal(0.50m, finding.Difference);
        Assert.Equal(10.00m, finding.Expected);
    }

    [Fact]
    public void A_cent_off_over_two_rounded_parts_is_rounding_not_a_discrepancy()
    {
        var finding = Assert.Single(new TableTotalRule().Check(Year([Spending(10.01m)])));
        Assert.Equal(FindingKind.Rounding, finding.Kind);
        Assert.Equal(0.01m, finding.Difference);
    }

    [Fact]
    public void Parent_code_equals_its_children()
    {
        static DepartmentYear With(decimal parent) => Year([Table(2, TableType.IncomeSummary, [FigureRole.Total],
            Row("208", "社会保障和就业支出", parent), Row("20805", "行政事业单位养老支出", 54.48m), Row("20811", "残疾人事业", 1496.79m),
            Row("2081101", "行政运行", 200.87m), Row("2081199", "其他残疾人事业支出", 1295.92m))]);
        Assert.Empty(new ParentChildrenRule().Check(With(1551.27m)));
        var finding = Assert.Single(new ParentChildrenRule().Check(With(1551.77m)));
        Assert.Equal(("BSG202", 0, 0.50m), (finding.RuleCode, finding.Location.RowIndex!.Value, finding.Difference!.Value));
    }

    [Fact]
    public void Uncoded_rows_are_summed_by_level()
    {
        static DepartmentYear With(decimal wages) => Year([Table(6, TableType.BasicExpenditureByEconomicClass, [FigureRole.Total],
            Named("工资福利支出", 1, wages), Named("基本工资", 2, 78.75m), Named("津贴补贴", 2, 32.42m), Named("商品和服务支出", 1, 28.39m), Named("办公费", 2, 28.39m))]);
        Assert.Empty(new ParentChildrenRule().Check(With(111.17m)));
        var finding = Assert.Single(new ParentChildrenRule().Check(With(112.17m)));
        Assert.Equal((0, 1.00m, FindingKind.Discrepancy), (finding.Location.RowIndex!.Value, finding.Difference!.Value, finding.Kind));
    }

    [Fact]
    public void Total_column_equals_the_fund_source_columns()
    {
        static DepartmentYear With(decimal total) => Year([Table(2, TableType.IncomeSummary,
            [FigureRole.Total, FigureRole.GeneralPublicBudget, FigureRole.GovernmentFund, FigureRole.CarryOver],
            Total(total, 1632.76m, 167.66m, 5.81m))]);
        Assert.Empty(ColumnSumRule.FundSources.Check(With(1800.42m)));
        var finding = Assert.Single(ColumnSumRule.FundSources.Check(With(1806.23m)));
        Assert.Equal(("BSG203", 0, 5.81m), (finding.RuleCode, finding.Location.ColumnIndex!.Value, finding.Difference!.Value));
    }

    [Fact]
    public void Basic_plus_project_equals_total()
    {
        var holds = Year([Table(3, TableType.ExpenditureSummary, TotalBasicProject, Row("208", "x", 7.00m, 1.00m, 6.00m))]);
        var fails = Year([Table(3, TableType.ExpenditureSummary, TotalBasicProject, Row("208", "x", 7.00m, 2.00m, 6.00m))]);
        Assert.Empty(ColumnSumRule.BasicProject.Check(holds));
        var finding = Assert.Single(ColumnSumRule.BasicProject.Check(fails));
        Assert.Equal(("BSG204", -1.00m), (finding.RuleCode, finding.Difference!.Value));
    }

    [Fact]
    public void Personnel_plus_public_equals_total()
    {
        FigureRole[] roles = [FigureRole.Total, FigureRole.Personnel, FigureRole.Public];
        Assert.Empty(ColumnSumRule.PersonnelPublic.Check(Year([Table(6, TableType.BasicExpenditureByEconomicClass, roles, Total(294.84m, 266.45m, 28.39m))])));
        var finding = Assert.Single(ColumnSumRule.PersonnelPublic.Check(Year([Table(6, TableType.BasicExpenditureByEconomicClass, roles, Total(294.84m, 266.45m, 29.39m))])));
        Assert.Equal(("BSG205", -1.00m), (finding.RuleCode, finding.Difference!.Value));
    }

    [Fact]
    public void Total_equals_this_years_arrangement_plus_carry_over()
    {
        FigureRole[] roles = [FigureRole.Total, FigureRole.CurrentYear, FigureRole.CarryOver];
        Assert.Empty(ColumnSumRule.CurrentAndCarryOver.Check(Year([Table(1, TableType.BudgetSummary, roles, Row("208", "x", 1557.08m, 1551.27m, 5.81m))])));
        var finding = Assert.Single(ColumnSumRule.CurrentAndCarryOver.Check(Year([Table(1, TableType.BudgetSummary, roles, Row("208", "x", 1557.08m, 1551.27m, 4.81m))])));
        Assert.Equal(("BSG206", 1.00m), (finding.RuleCode, finding.Difference!.Value));
    }

    private static BudgetTable Summary(decimal incomeTotal, decimal carry) => Sided(1, TableType.BudgetSummary,
        Section("income", [FigureRole.Amount],
            Role(FigureRole.GeneralPublicBudget, "一、一般公共预算", 1632.76m), Role(FigureRole.GovernmentFund, "二、政府性基金预算", 167.66m),
            Role(FigureRole.Subtotal, "本年收入合计", 1800.42m), Role(FigureRole.CarryOver, "上年结转", carry), Role(FigureRole.GrandTotal, "收入总计", incomeTotal)),
        Section("expenditure", [FigureRole.Total],
            Row("208", "八、社会保障和就业支出", 1806.23m), Role(FigureRole.Subtotal, "本年支出合计", 1806.23m), Role(FigureRole.GrandTotal, "支出总计", 1806.23m)));

    [Fact]
    public void Table1_balances_income_with_expenditure_and_carry_over()
    {
        Assert.Empty(new SummaryBalanceRule().Check(Year([Summary(1806.23m, 5.81m)])));
        var findings = new SummaryBalanceRule().Check(Year([Summary(1806.23m, 6.81m)])).ToList();
        var finding = Assert.Single(findings);
        Assert.Equal(("BSG207", "income", 4, -1.00m), (finding.RuleCode, finding.Location.SectionId!, finding.Location.RowIndex!.Value, finding.Difference!.Value));
    }

    [Fact]
    public void Table1_income_total_must_equal_expenditure_total()
    {
        var findings = new SummaryBalanceRule().Check(Year([Summary(1816.23m, 15.81m)])).ToList();
        var finding = Assert.Single(findings);
        Assert.Equal(("expenditure", -10.00m), (finding.Location.SectionId!, finding.Difference!.Value));
    }

    [Fact]
    public void The_same_figure_agrees_across_tables()
    {
        Assert.Empty(new CrossTableRule().Check(Year([Summary(1806.23m, 5.81m), Table(3, TableType.ExpenditureSummary, TotalBasicProject,
            Total(1806.23m, 294.84m, 1511.39m), Row("208", "x", 1806.23m, 294.84m, 1511.39m))])));
        var finding = Assert.Single(new CrossTableRule().Check(Year([Summary(1806.23m, 5.81m), Table(3, TableType.ExpenditureSummary, TotalBasicProject,
            Total(1806.73m, 294.84m, 1511.89m), Row("208", "x", 1806.23m, 294.84m, 1511.39m))])));
        Assert.Equal(("BSG208", 3, 0, 0.50m), (finding.RuleCode, finding.Location.TableNumber!.Value, finding.Location.RowIndex!.Value, finding.Difference!.Value));
        Assert.Contains("表1", finding.Also[0].Description.Said(), StringComparison.Ordinal);
    }

    [Fact]
    public void Public_costs_of_table6_agree_with_operating_costs_of_table11()
    {
        FigureRole[] six = [FigureRole.Total, FigureRole.Personnel, FigureRole.Public];
        FigureRole[] eleven = [FigureRole.Total, FigureRole.GeneralPublicBudget];
        var t6 = Table(6, TableType.BasicExpenditureByEconomicClass, six, Total(294.84m, 266.45m, 28.39m));
        Assert.Empty(new CrossTableRule().Check(Year([t6, Table(11, TableType.OperatingCosts, eleven, Total(28.39m, 28.39m))])));
        var finding = Assert.Single(new CrossTableRule().Check(Year([t6, Table(11, TableType.OperatingCosts, eleven, Total(29.39m, 29.39m))])));
        Assert.Equal((11, 1.00m), (finding.Location.TableNumber!.Value, finding.Difference!.Value));
    }

    [Fact]
    public void A_projects_table_marked_no_data_while_table5_shows_projects_is_reported()
    {
        var t5 = Table(5, TableType.GeneralBudgetExpenditure, TotalBasicProject, Total(1087.83m, 329.83m, 758.00m));
        var t12 = Table(12, TableType.ProjectsCurrent, [FigureRole.Total]) with { NoData = true };
        var finding = Assert.Single(new NoDataStructureRule().Check(Year([t5, t12])));
        Assert.Equal(("BSG217", 12, 758.00m), (finding.RuleCode, finding.Location.TableNumber!.Value, finding.Expected!.Value));

        var emptyProjects = Table(5, TableType.GeneralBudgetExpenditure, TotalBasicProject, Total(329.83m, 329.83m, null));
        Assert.Empty(new NoDataStructureRule().Check(Year([emptyProjects, t12])));
    }
}
