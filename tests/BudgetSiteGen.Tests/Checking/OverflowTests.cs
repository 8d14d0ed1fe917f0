using BudgetSiteGen.Checking;
using BudgetSiteGen.Checking.Rules;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;
using BudgetSiteGen.ViewModels.Comparison;
using static BudgetSiteGen.Tests.Support.ModelBuilder;

namespace BudgetSiteGen.Tests.Checking;

/// <summary>
/// Figures beyond decimal's range once stopped the audit with an OverflowException. Numbers in texts too large
/// to be figures are not read; the rules' arithmetic gives no answer instead of overflowing, whatever the model.
/// </summary>
public sealed class OverflowTests
{
    private const string TooLarge = "99999999999999999999999999999";

    [Fact]
    public void A_narrative_amount_too_large_to_be_a_figure_is_not_read()
    {
        var mention = Assert.Single(NarrativeReader.Read($"收入{TooLarge}万元，支出5.00万元。"));
        Assert.Equal(5.00m, mention.Amount);
    }

    [Fact]
    public void A_narrative_with_an_amount_too_large_is_audited_without_it()
    {
        var text = $"预算收入1,806.23万元，主要包括一般公共预算拨款收入{TooLarge}万元，占90.40%。";
        var year = Year([], narrative: [Item("income", text)]);
        Assert.Empty(new NarrativeSharesRule().Check(year));
        Assert.Empty(new NarrativeAmountsRule().Check(year));
    }

    [Fact]
    public void A_share_of_a_tiny_whole_is_not_judged_rather_than_overflowing()
    {
        var text = "预算收入0.0000000001万元，一般公共预算拨款收入999999999999999999万元，占90%。";
        Assert.Empty(new NarrativeSharesRule().Check(Year([], narrative: [Item("income", text)])));
    }

    [Fact]
    public void A_card_total_too_large_to_be_a_figure_is_not_read()
    {
        var card = Card("a", "x", 176000m, null, $"为11名残疾儿童提供康复救助，补贴每人16000元，计{TooLarge}元。",
            Quantity("残疾儿童康复救助人数", "≤11人"), Cost("补助标准", "16000元/人"));
        Assert.Empty(new CardTextRule().Check(Year([], [card])));
    }

    [Fact]
    public void A_card_count_times_standard_beyond_decimals_range_is_not_multiplied()
    {
        var card = Card("a", "x", 176000m, null, "为99999999999999999名残疾儿童提供康复救助，补贴每人99999999999999999元，计1元。");
        Assert.DoesNotContain(new CardTextRule().Check(Year([], [card])), f => f.Message.Said().Contains('×', StringComparison.Ordinal));
    }

    [Fact]
    public void Project_counts_and_amounts_too_large_to_be_figures_are_not_read()
    {
        var text = $"二级项目99999999999个，共计金额{TooLarge}万元。其中：其他运转类项目1个，涉及金额24.00万元；特定目标类项目99999999999个，涉及金额{TooLarge}万元。";
        Assert.Empty(new NarrativeCountsRule().Check(Year([], narrative: [Item("performance", text)])));
    }

    [Fact]
    public void A_procurement_total_too_large_to_be_a_figure_is_not_compared()
    {
        Assert.True(Figures.ProcurementBudget(Year([], narrative: [Item("procurement", "政府采购预算总额366.72万元。")])).IsListed);
        Assert.False(Figures.ProcurementBudget(Year([], narrative: [Item("procurement", $"政府采购预算总额{TooLarge}万元。")])).IsListed);
    }

    [Fact]
    public void Totals_of_figures_at_decimals_limit_are_audited_without_overflowing()
    {
        // A model built in code has no bound on its figures; the loader's bound keeps real reports far below.
        var table = Table(3, TableType.ExpenditureSummary, [FigureRole.Total, FigureRole.Basic, FigureRole.Project],
            Total(decimal.MaxValue, decimal.MaxValue, decimal.MaxValue),
            Row("208", "社会保障和就业支出", decimal.MaxValue, decimal.MaxValue, decimal.MaxValue),
            Row("210", "卫生健康支出", decimal.MaxValue, decimal.MinValue, decimal.MaxValue));
        var projects = Table(12, TableType.ProjectsCurrent, [FigureRole.Total], Named("部门", 1, decimal.MaxValue), Named("项目", 2, decimal.MaxValue));
        var audit = Auditor.Audit(Year([table, projects], [Card("a", "项目", decimal.MaxValue)]));
        Assert.NotNull(audit);
    }

    [Fact]
    public void Sums_beyond_decimals_range_give_no_answer()
    {
        Assert.Null(SafeArithmetic.Sum([decimal.MaxValue, 1m]));
        Assert.Null(SafeArithmetic.Product(decimal.MaxValue, 10_000m));
        Assert.Null(SafeArithmetic.Difference(decimal.MinValue, 1m));
        Assert.Equal(6m, SafeArithmetic.Product(1m, 2m, 3m));
    }
}
