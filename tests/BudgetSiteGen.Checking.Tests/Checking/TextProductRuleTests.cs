using BudgetSiteGen.Checking;
using BudgetSiteGen.Checking.Rules;
using BudgetSiteGen.Model;
using static BudgetSiteGen.Tests.Support.ModelBuilder;

namespace BudgetSiteGen.Tests.Checking;

/// <summary>Count × rate (× months or days) against the amount a text states with them, and a card's average cost against its funds.</summary>
public sealed class TextProductRuleTests
{
    private static IReadOnlyList<Finding> InCard(string overview) =>
        new TextProductRule().Check(Year([], [Card("c", "社会保障经费", 715_200m, null, overview)]));

    private static IReadOnlyList<Finding> InNarrative(string body) =>
        new TextProductRule().Check(Year([], narrative: [Item("ten", body)]));

    [Fact]
    public void A_count_after_the_rate_multiplies_out_to_the_amount_before_them()
    {
        Assert.Empty(InCard("为全县残疾人进行临时性救助30万元，每户300元共1000户。"));
        var finding = Assert.Single(InCard("开展就业创业扶持资金23万元，每人1500元，为200人发放就业创业扶持资金。"));
        Assert.Equal(("BSG223", 30m, 23m, "万元"), (finding.RuleCode, finding.Expected!.Value, finding.Printed!.Value, finding.Unit));
    }

    [Fact]
    public void Cases_and_a_rate_per_case_give_the_stated_total()
    {
        Assert.Empty(InCard("计划救助150例，每例手术补助1000元，合计15万元。"));
        Assert.Equal(-1m, Assert.Single(InCard("计划救助150例，每例手术补助1000元，合计14万元。")).Difference);
    }

    [Fact]
    public void A_monthly_rate_counts_twelve_months_or_the_months_the_text_names()
    {
        Assert.Empty(InNarrative("全年为12500名残疾人发放生活补贴，每人每月20元，发放总额300万元。"));
        Assert.Single(InNarrative("全年为12500名残疾人发放生活补贴，每人每月20元，发放总额250万元。"));
        Assert.Empty(InNarrative("为100名残疾人发放生活补贴，每人每月20元，发放10个月，发放总额20000元。"));
    }

    [Fact]
    public void People_times_days_times_a_daily_rate_give_the_stated_total()
    {
        Assert.Empty(InNarrative("组织30人参加培训5天，每人每天80元，共计12000元。"));
        var finding = Assert.Single(InNarrative("组织30人参加培训5天，每人每天80元，共计15000元。"));
        Assert.Equal(12000m, finding.Expected);
        // Without the number of days a daily rate proves nothing.
        Assert.Empty(InNarrative("组织30人参加培训，每人每天80元，共计15000元。"));
    }

    [Fact]
    public void Approximate_counts_and_clauses_with_several_counts_are_not_read()
    {
        Assert.Empty(InCard("为300余名残疾人提供适配补贴50000元，每人600元。"));
        Assert.Empty(InCard("为16名专职干事和45名专职委员提供补助，每人1800元，计50000元。"));
    }

    [Fact]
    public void A_clause_that_the_card_text_rule_multiplies_out_is_left_to_it()
    {
        // BSG213 reports "为27名…每人16000元，计288000元"; this rule does not say it twice.
        Assert.Empty(InCard("2024年为27名残疾儿童进行康复救助，每人16000元，计288000元。"));
        Assert.Single(InNarrative("2024年为27名残疾儿童进行康复救助，每人16000元，计288000元。"));
    }

    private static PerformanceCard Homes(decimal funds, string count, string average) =>
        Card("homes", "困难重度残疾人家庭无障碍改造", funds, null, null, Quantity("困难重度残疾人家庭无障碍改造人", count), Cost("残疾人家庭无障碍改造标准", average));

    [Fact]
    public void An_average_cost_per_household_times_a_count_of_people_bounds_the_funds_from_above()
    {
        var rule = new TextProductRule();
        Assert.Empty(rule.Check(Year([], [Homes(30_600m, "≤17人", "平均每户1800元")])));
        var finding = Assert.Single(rule.Check(Year([], [Homes(34_000m, "≤17人", "平均每户1800元")])));
        Assert.Equal((30_600m, 34_000m, LocationKind.CardIndicator), (finding.Expected!.Value, finding.Printed!.Value, finding.Location.Kind));
        // Fewer households than people is possible, so a lower bound on people says nothing about households.
        Assert.Empty(rule.Check(Year([], [Homes(20_000m, "≥17人", "平均每户1800元")])));
        Assert.Single(rule.Check(Year([], [Homes(20_000m, "≥17人", "平均每人1800元")])));
    }
}
