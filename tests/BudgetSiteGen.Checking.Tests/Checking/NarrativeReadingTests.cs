using BudgetSiteGen.Checking;
using BudgetSiteGen.Checking.Rules;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;
using static BudgetSiteGen.Tests.Support.ModelBuilder;

namespace BudgetSiteGen.Tests.Checking;

/// <summary>Narrative figures as real reports typeset them: spaces, full-width characters, several units, function paths.</summary>
public sealed class NarrativeReadingTests
{
    private static readonly BudgetTable Spending = Table(3, TableType.ExpenditureSummary, [FigureRole.Total, FigureRole.Basic, FigureRole.Project],
        Total(2940.05m, 2336.91m, 603.14m),
        Row("201", "一般公共服务支出", 2106.66m, 1503.52m, 603.14m),
        Row("208", "社会保障和就业支出", 833.39m, 833.39m, null));

    [Theory]
    [InlineData("本年支出合计2940.05万元，其中：基本支出2336.91万元，占 79.49%；项目支出603.14万元，占20.51%。")]
    [InlineData("本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49 %；项目支出603.14万元，占20.51%。")]
    [InlineData("本年支出合计２９４０．０５万元，其中：基本支出２３３６．９１万元，占７９．４９％；项目支出603.14万元，占20.51%。")]
    public void A_share_with_a_space_or_in_full_width_characters_is_read_and_checked(string text)
    {
        var mentions = NarrativeReader.Read(text);
        var basic = Assert.Single(mentions, m => m.Label.EndsWith("基本支出", StringComparison.Ordinal));
        Assert.Equal((2336.91m, 79.49m, PercentKind.Share), (basic.Amount, basic.Percent!.Value, basic.PercentKind));

        var rule = new NarrativeSharesRule().Run(Year([Spending], narrative: [Item("expenditure", text)]));
        Assert.Empty(rule.Findings);
        Assert.Equal(2, rule.Coverage.Comparisons);

        var wrong = text.Replace("20.51", "21.51", StringComparison.Ordinal);
        Assert.Single(new NarrativeSharesRule().Check(Year([Spending], narrative: [Item("expenditure", wrong)])));
    }

    [Fact]
    public void Amounts_in_yuan_and_wan_yuan_in_one_sentence_keep_their_units()
    {
        var mentions = NarrativeReader.Read("项目预算6,641万元，其中办公费259,400元，购置费0.02亿元。");
        Assert.Equal([MoneyUnit.TenThousandYuan, MoneyUnit.Yuan, MoneyUnit.HundredMillionYuan], mentions.Select(m => m.Unit));
        Assert.Equal([6641m, 259400m, 0.02m], mentions.Select(m => m.Amount));
    }

    [Fact]
    public void A_function_written_with_hyphens_is_checked_against_its_row_in_another_unit()
    {
        var general = InUnit(Table(5, TableType.GeneralBudgetExpenditure, [FigureRole.Total, FigureRole.Basic, FigureRole.Project],
            Row("201", "一般公共服务支出", 82096797.42m, 15686797.42m, 66410000.00m),
            Row("20103", "政府办公厅（室）及相关机构事务", 82096797.42m, 15686797.42m, 66410000.00m),
            Row("2010301", "行政运行", 12029501.84m, 11919501.84m, 110000.00m),
            Row("2010302", "一般行政管理事务", 46140000.00m, null, 46140000.00m)), MoneyUnit.Yuan);
        const string holds = "1. “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1,202.95万元，主要用于行政单位的基本支出。\n\n2. “一般公共服务支出-政府办公厅（室）及相关机构事务-一般行政管理事务”科目4,614万元。";
        var run = new NarrativeAmountsRule().Run(Year([general], narrative: [Item("overall", holds)]));
        Assert.Empty(run.Findings);
        Assert.Equal(2, run.Coverage.Comparisons);

        var finding = Assert.Single(new NarrativeAmountsRule().Check(Year([general], narrative: [Item("overall", holds.Replace("1,202.95", "1,220.95", StringComparison.Ordinal))])));
        Assert.Equal(18.00m, Math.Round(finding.Difference!.Value, 2));
        Assert.Equal("万元", finding.Unit);
    }

    [Fact]
    public void A_bare_actual_figure_after_a_function_named_by_class_section_and_item_is_that_functions_figure()
    {
        var general = Table(5, TableType.GeneralBudgetExpenditure, [FigureRole.Total, FigureRole.Basic, FigureRole.Project],
            Row("201", "一般公共服务支出", 2106.66m, 1503.52m, 603.14m),
            Row("20106", "财政事务", 2106.66m, 1503.52m, 603.14m),
            Row("2010601", "行政运行", 1511.89m, 1503.52m, 8.37m));
        const string text = "1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：基本支出。年初预算为 1560.05 万元，支出决算为1511.89万元。";
        var run = new NarrativeAmountsRule().Run(Final(Year([general], narrative: [Item("general-budget", text)])));
        Assert.Empty(run.Findings);
        Assert.Equal(1, run.Coverage.Comparisons);
        Assert.Contains(run.Coverage.NotChecked, n => n.Said().Contains("1560.05", StringComparison.Ordinal));

        var wrong = Assert.Single(new NarrativeAmountsRule().Check(Final(Year([general], narrative: [Item("general-budget", text.Replace("1511.89", "1512.89", StringComparison.Ordinal))]))));
        Assert.Equal(1.00m, wrong.Difference);
    }

    [Fact]
    public void A_phrase_that_only_ends_like_a_figures_name_is_not_taken_for_it()
    {
        var summary = Sided(1, TableType.BudgetSummary,
            Section("income", [FigureRole.Amount], Role(FigureRole.GrandTotal, "收入总计", 1806.23m)),
            Section("expenditure", [FigureRole.Total], Role(FigureRole.GrandTotal, "支出总计", 1806.23m)));
        var text = "本单位2024年政府购买服务指导性目录预算支出为365.5万元。";
        var run = new NarrativeAmountsRule().Run(Year([summary], narrative: [Item("other", text)]));
        Assert.Empty(run.Findings);
        Assert.Contains(run.Coverage.NotChecked, n => n.Said().Contains("365.5", StringComparison.Ordinal));
    }
}
