using BudgetSiteGen.Checking;
using BudgetSiteGen.Checking.Rules;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;
using static BudgetSiteGen.Tests.Support.ModelBuilder;

namespace BudgetSiteGen.Tests.Checking;

/// <summary>Classification codes: one name per code, one code per name, parents present, and codes in the tables that must repeat them.</summary>
public sealed class CodeRuleTests
{
    private static BudgetTable Spending(params TableRow[] rows) => Table(3, TableType.ExpenditureSummary, [FigureRole.Total], rows);

    private static BudgetTable General(params TableRow[] rows) => Table(5, TableType.GeneralBudgetExpenditure, [FigureRole.Total], rows);

    [Fact]
    public void A_code_named_differently_in_two_tables_of_a_report_is_a_discrepancy_but_list_numbers_do_not_count()
    {
        var rule = new CodeNamesRule();
        Assert.Empty(rule.Check(Year([Spending(Row("208", "八、社会保障和就业支出", 5m)), General(Row("208", "社会保障和就业支出", 5m))])));
        var finding = Assert.Single(rule.Check(Year([Spending(Row("2081105", "残疾人就业", 5m)), General(Row("2081105", "残疾人康复", 5m))])));
        Assert.Equal(("BSG224", 5), (finding.RuleCode, finding.Location.TableNumber!.Value));
    }

    [Fact]
    public void A_mistyped_code_under_the_same_parent_is_reported_with_a_likely_slip()
    {
        var year = Year([
            Spending(Row("20811", "残疾人事业", 5m), Row("2081105", "残疾人就业", 5m)),
            General(Row("20811", "残疾人事业", 5m), Row("2081188", "残疾人就业", 5m)),
            Table(2, TableType.IncomeSummary, [FigureRole.Total], Row("2081105", "残疾人就业", 5m)),
        ]);
        var finding = Assert.Single(new CodeNamesRule().Check(year));
        Assert.Equal(5, finding.Location.TableNumber);
        Assert.Contains("2081188", finding.Message.Said(), StringComparison.Ordinal);
        Assert.Contains("可能是录入错误", finding.Message.Said(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_kuan_or_xiang_whose_parent_is_missing_from_a_table_that_prints_parents_is_reported()
    {
        var rule = new CodeParentRule();
        Assert.Empty(rule.Check(Year([Spending(Row("208", "社会保障和就业支出", 5m), Row("20811", "残疾人事业", 5m), Row("2081105", "残疾人就业", 5m))])));
        var finding = Assert.Single(rule.Check(Year([Spending(Row("208", "社会保障和就业支出", 5m), Row("20811", "残疾人事业", 5m), Row("2081105", "残疾人就业", 3m), Row("2081201", "残疾人就业", 2m))])));
        Assert.Contains("20812", finding.Message.Said(), StringComparison.Ordinal);
        // A table that prints only 项 codes has no parents to miss.
        Assert.Empty(rule.Check(Year([Spending(Row("2081105", "残疾人就业", 5m))])));
    }

    [Fact]
    public void A_code_with_an_amount_in_the_general_budget_table_must_be_in_the_expenditure_summary()
    {
        var rule = new CodeCoverageRule();
        Assert.Empty(rule.Check(Year([Spending(Row("2081105", "残疾人就业", 5m)), General(Row("2081105", "残疾人就业", 5m))])));
        var finding = Assert.Single(rule.Check(Year([Spending(Row("2081105", "残疾人就业", 5m)), General(Row("2081105", "残疾人就业", 5m), Row("2081107", "残疾人生活和护理补贴", 1m))])));
        Assert.Equal(("BSG226", 5), (finding.RuleCode, finding.Location.TableNumber!.Value));
        // A row without an amount need not be repeated.
        Assert.Empty(rule.Check(Year([Spending(Row("2081105", "残疾人就业", 5m)), General(Row("2081105", "残疾人就业", 5m), Row("2081107", "残疾人生活和护理补贴", (decimal?)null))])));
        // A summary printed to 类 only lists the 类, and is not missing the 款 and 项 the detailed table prints.
        Assert.Empty(rule.Check(Year([Spending(Row("208", "社会保障和就业支出", 5m)), General(Row("208", "社会保障和就业支出", 5m), Row("20811", "残疾人事业", 5m), Row("2081105", "残疾人就业", 5m))])));
        Assert.Single(rule.Check(Year([Spending(Row("208", "社会保障和就业支出", 5m)), General(Row("210", "卫生健康支出", 5m), Row("21011", "行政事业单位医疗", 5m))])));
    }

    [Fact]
    public void Across_reports_of_the_same_year_a_code_named_otherwise_or_a_name_coded_otherwise_is_reported()
    {
        var one = Year([Spending(Row("20811", "残疾人事业", 5m), Row("2081105", "残疾人就业", 5m))]) with { SourceFile = "a.yaml" };
        var two = one with { SourceFile = "b.yaml" };
        var other = Year([Spending(Row("20811", "残疾人事业", 5m), Row("2081188", "残疾人就业", 5m))]) with { SourceFile = "c.yaml" };
        var site = new[] { one, two, other };
        Assert.Empty(new CodeNamesAcrossReportsRule(site).Check(one));
        var finding = Assert.Single(new CodeNamesAcrossReportsRule(site).Check(other));
        Assert.Equal("BSG227", finding.RuleCode);
        Assert.Contains("2081188", finding.Message.Said(), StringComparison.Ordinal);
        Assert.Contains("可能是录入错误", finding.Message.Said(), StringComparison.Ordinal);

        var nextYear = other with { SourceFile = "d.yaml", Report = other.Report with { Year = 2025 } };
        Assert.Empty(new CodeNamesAcrossReportsRule([one, nextYear]).Check(nextYear));
        Assert.Equal(RuleStatus.NotApplicable, new CodeNamesAcrossReportsRule([]).Run(other).Coverage.Status);
    }
}
