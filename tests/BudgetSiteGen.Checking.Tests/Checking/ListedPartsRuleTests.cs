using BudgetSiteGen.Checking;
using BudgetSiteGen.Checking.Rules;
using static BudgetSiteGen.Tests.Support.ModelBuilder;

namespace BudgetSiteGen.Tests.Checking;

/// <summary>A stated total followed by the list of its parts: 包括, 分别为, and 具体如下 with the parts in the next lines.</summary>
public sealed class ListedPartsRuleTests
{
    private static IReadOnlyList<Finding> InNarrative(params string[] paragraphs) =>
        new ListedPartsRule().Check(Year([], narrative: [Item("procurement", string.Join("\n\n", paragraphs))]));

    [Theory]
    [InlineData("项目支出100万元，包括：康复经费30万元、助残帮扶70万元。")]
    [InlineData("项目支出100万元，分别为康复经费30万元，助残帮扶700,000元。")]
    [InlineData("支出总计100万元。具体如下：1、康复经费30万元；2、助残帮扶70万元。")]
    public void A_list_whose_parts_add_up_to_its_total_holds(string holds) => Assert.Empty(InNarrative(holds));

    [Theory]
    [InlineData("项目支出100万元，包括：康复经费30万元、助残帮扶60万元。", 90)]
    [InlineData("项目支出100万元，分别为康复经费30万元，助残帮扶800,000元。", 110)]
    [InlineData("支出总计100万元。具体如下：1、康复经费30万元；2、助残帮扶60万元。", 90)]
    public void A_complete_list_that_misses_its_total_either_way_is_a_discrepancy(string body, decimal sum)
    {
        var finding = Assert.Single(InNarrative(body));
        Assert.Equal(("BSG233", FindingKind.Discrepancy, sum, 100m, "万元"), (finding.RuleCode, finding.Kind, finding.Expected!.Value, finding.Printed!.Value, finding.Unit));
    }

    [Fact]
    public void Parts_in_the_numbered_paragraphs_after_a_closing_marker_count_each_items_first_amount()
    {
        const string Total = "2024年项目支出共计100.00万元，具体如下：";
        Assert.Empty(InNarrative(Total, "1、康复经费30.00万元，其中：辅具10.00万元。", "2、助残帮扶70.00万元。"));
        var finding = Assert.Single(InNarrative(Total, "1、康复经费30.00万元，其中：辅具10.00万元。", "2、助残帮扶60.00万元。"));
        Assert.Equal(90.00m, finding.Expected);
    }

    [Fact]
    public void A_list_that_says_it_may_leave_parts_out_is_reported_only_when_its_parts_exceed_the_total()
    {
        Assert.Empty(InNarrative("预算收入1,180.23万元，主要包括一般公共预算拨款收入1,000.00万元，占84.73%；上年结转92.40万元。"));
        Assert.Empty(InNarrative("支出100万元，包括康复经费30万元、助残帮扶50万元等。"));
        Assert.Single(InNarrative("预算收入1,180.23万元，主要包括一般公共预算拨款收入1,100.00万元，占93.20%；上年结转92.40万元。"));
    }

    [Fact]
    public void Rounding_is_told_apart_and_qizhong_lists_are_left_to_the_rule_for_them()
    {
        Assert.Equal(FindingKind.Rounding, Assert.Single(InNarrative("项目支出100.00万元，包括：康复经费30.00万元、助残帮扶70.01万元。")).Kind);
        Assert.Empty(InNarrative("项目支出100万元，其中包括：康复经费30万元、助残帮扶60万元。"));
    }

    [Fact]
    public void A_list_without_amounts_or_far_from_any_amount_is_not_a_breakdown()
    {
        var result = new ListedPartsRule().Run(Year([], narrative: [Item("other", "人员经费279.36万元，主要包括：基本工资、津贴补贴、奖金。项目支出由多方面构成，包括康复经费30万元、助残帮扶60万元。")]));
        Assert.Empty(result.Findings);
        Assert.Equal(RuleStatus.NotApplicable, result.Coverage.Status);
    }
}
