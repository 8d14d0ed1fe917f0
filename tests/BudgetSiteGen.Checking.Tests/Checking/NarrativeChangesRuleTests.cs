using BudgetSiteGen.Checking;
using BudgetSiteGen.Checking.Rules;
using static BudgetSiteGen.Tests.Support.ModelBuilder;

namespace BudgetSiteGen.Tests.Checking;

/// <summary>The narrative's stated changes: the 三公 total against its items, percent changes against the amounts of both years, and shares however typeset.</summary>
public sealed class NarrativeChangesRuleTests
{
    private static IReadOnlyList<Finding> ThreePublic(string body) => new ThreePublicChangesRule().Check(Year([], narrative: [Item("three-public", body)]));

    private static IReadOnlyList<Finding> Percent(string body) => new ChangePercentRule().Check(Year([], narrative: [Item("changes", body)]));

    [Fact]
    public void The_three_public_total_change_must_equal_its_items_changes()
    {
        const string Holds = "2024年“三公”经费预算5.00万元，比上年减少0.50万元。其中：因公出国（境）费0万元，比上年减少0.20万元；公务接待费1.00万元，比上年增加0.10万元；公务用车购置及运行维护费4.00万元，比上年减少0.40万元。";
        Assert.Empty(ThreePublic(Holds));
        var finding = Assert.Single(ThreePublic(Holds.Replace("增加0.10万元", "减少0.10万元", StringComparison.Ordinal)));
        Assert.Equal(("BSG229", FindingKind.Discrepancy, -0.70m, -0.50m, "万元"), (finding.RuleCode, finding.Kind, finding.Expected!.Value, finding.Printed!.Value, finding.Unit));
    }

    [Fact]
    public void Car_costs_stated_as_purchase_and_running_count_once_each_and_level_items_count_nought()
    {
        const string Holds = "“三公”经费预算3万元，较上年增加1万元。其中：因公出国（境）费0万元，与上年持平；公务接待费1万元，与上年预算数相同；公务用车购置费1万元，比上年增加1万元；公务用车运行维护费1万元，与2023年预算数相同。";
        Assert.Empty(ThreePublic(Holds));
        Assert.Equal(-1m, Assert.Single(ThreePublic(Holds.Replace("较上年增加1万元", "较上年持平", StringComparison.Ordinal))).Printed - 1m);
    }

    [Fact]
    public void Changes_in_different_units_are_compared_in_the_totals_unit_and_rounding_is_told_apart()
    {
        Assert.Empty(ThreePublic("“三公”经费比上年减少1.5万元，其中：因公出国（境）费减少5000元，公务接待费减少0.5万元，公务用车购置及运行费减少5,000元。"));
        var rounding = Assert.Single(ThreePublic("“三公”经费比上年减少1.51万元，其中：因公出国（境）费减少0.50万元，公务接待费减少0.50万元，公务用车购置及运行费减少0.50万元。"));
        Assert.Equal(FindingKind.Rounding, rounding.Kind);
    }

    [Fact]
    public void A_total_whose_items_do_not_all_state_their_change_is_not_compared()
    {
        var result = new ThreePublicChangesRule().Run(Year([], narrative: [Item("three-public", "“三公”经费比上年减少1万元，主要是公务接待费减少。")]));
        Assert.Empty(result.Findings);
        Assert.Equal(RuleStatus.CouldNotRun, result.Coverage.Status);
    }

    [Fact]
    public void A_level_total_with_level_items_holds_as_a_published_final_account_states_it()
    {
        var result = new ThreePublicChangesRule().Run(Year([], narrative: [Item("three-public",
            "2024年度“三公”经费财政拨款支出决算数与2023年度持平。 其中：因公出国（境）费支出决算持平； 公务用车购置及运行维护费支出决算持平； 公务接待费支出决算持平。")]));
        Assert.Empty(result.Findings);
        Assert.Equal(RuleStatus.Ran, result.Coverage.Status);
    }

    [Theory]
    [InlineData("本年支出1,100.00万元，上年支出1,000.00万元，比上年增长10%。")]
    [InlineData("2023年支出为1000万元，2024年支出为1100万元，增长10.0%。")]
    [InlineData("本年支出１１００万元，去年为１０００万元，比上年增长 １０ ％。")]
    [InlineData("本年支出900万元，上年支出1000万元，比上年下降10%。")]
    public void A_percent_change_agrees_with_the_amounts_of_both_years_in_its_sentence(string body) => Assert.Empty(Percent(body));

    [Theory]
    [InlineData("本年支出1,100.00万元，上年支出1,000.00万元，比上年增长12.3%。", 10.00, 12.3)]
    [InlineData("本年支出900万元，上年支出1000万元，比上年增长10%。", -10.00, 10)]
    [InlineData("2023年支出为1000万元，2024年支出为1100万元，下降10%。", 10.00, -10)]
    public void A_percent_change_the_amounts_do_not_give_is_a_discrepancy(string body, decimal computed, decimal printed)
    {
        var finding = Assert.Single(Percent(body));
        Assert.Equal(("BSG230", FindingKind.Discrepancy, computed, printed, "%"), (finding.RuleCode, finding.Kind, finding.Expected!.Value, finding.Printed!.Value, finding.Unit));
    }

    [Fact]
    public void A_percent_change_within_what_rounded_amounts_allow_is_rounding()
    {
        // 1.1万元 against 1.0万元 could be anything from 1.05/1.05 to 1.15/0.95: 0% to 21%.
        Assert.Equal(FindingKind.Rounding, Assert.Single(Percent("本年支出1.1万元，上年支出1.0万元，比上年增长12%。")).Kind);
    }

    [Fact]
    public void Percentage_points_a_stated_change_and_a_carry_over_are_not_read_as_last_years_amount()
    {
        Assert.Empty(Percent("基本支出占75%，比上年增加2.5个百分点。"));
        Assert.Empty(Percent("本年支出1,100万元，比上年增加100万元，增长12%。"));
        var result = new ChangePercentRule().Run(Year([], narrative: [Item("changes", "本年收入1,100万元，上年结转5.81万元，比上年增长12%。")]));
        Assert.Empty(result.Findings);
        Assert.Equal(RuleStatus.CouldNotRun, result.Coverage.Status);
    }

    [Theory]
    [InlineData("本年支出合计2,940.05万元，其中：一般公共服务支出2,106.66万元，占比为71.65%。")]
    [InlineData("本年支出合计2,940.05万元，其中：一般公共服务支出2,106.66万元，占支出总额 71.65 ％。")]
    [InlineData("本年支出合计２９４０．０５万元，其中：一般公共服务支出２１０６．６６万元，所占比重７１．６５％。")]
    public void Shares_phrased_and_typeset_in_any_of_these_ways_are_checked(string holds)
    {
        var held = new NarrativeSharesRule().Run(Year([], narrative: [Item("expenditure", holds)]));
        Assert.Empty(held.Findings);
        Assert.Equal(RuleStatus.Ran, held.Coverage.Status);
        var wrong = new NarrativeSharesRule().Check(Year([], narrative: [Item("expenditure", holds.Replace("71.65", "71.73", StringComparison.Ordinal).Replace("７１．６５", "７１．７３", StringComparison.Ordinal))]));
        Assert.Equal(71.73m, Assert.Single(wrong).Printed);
    }
}
