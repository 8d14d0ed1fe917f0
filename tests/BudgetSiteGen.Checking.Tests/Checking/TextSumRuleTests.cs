using BudgetSiteGen.Checking;
using BudgetSiteGen.Checking.Rules;
using static BudgetSiteGen.Tests.Support.ModelBuilder;

namespace BudgetSiteGen.Tests.Checking;

/// <summary>Parts and the total a text states for them, in each phrasing: 共计 after the parts, 以上N项共计, and 其中 before them.</summary>
public sealed class TextSumRuleTests
{
    private static IReadOnlyList<Finding> InCard(string overview) =>
        new TextSumRule().Check(Year([], [Card("c", "社会保障经费", 715_200m, null, overview)]));

    private static IReadOnlyList<Finding> InNarrative(params string[] paragraphs) =>
        new TextSumRule().Check(Year([], narrative: [Item("procurement", string.Join("\n\n", paragraphs))]));

    [Fact]
    public void Parts_in_wan_yuan_that_miss_their_stated_total_are_a_discrepancy()
    {
        Assert.Empty(InCard("一是临时性救助30万元；二是资助上学7万元；三是就业创业扶持资金23万元；共计60万元。"));
        var finding = Assert.Single(InCard("一是临时性救助30万元；二是资助上学7万元；三是就业创业扶持资金23万元；共计71.52万元。"));
        Assert.Equal(("BSG222", FindingKind.Discrepancy, 60m, 71.52m, "万元"), (finding.RuleCode, finding.Kind, finding.Expected!.Value, finding.Printed!.Value, finding.Unit));
        Assert.Equal(LocationKind.Card, finding.Location.Kind);
    }

    [Fact]
    public void Above_n_items_totals_exactly_the_last_n_amounts_and_rates_are_not_items()
    {
        const string Holds = "项目资金100万元。救助30万元，每户300元共1000户；上学7万元，共70人，每人1000元；扶持资金23万元，每人1500元；以上三项共计60万元。";
        Assert.Empty(InCard(Holds));
        var finding = Assert.Single(InCard(Holds.Replace("共计60万元", "共计71.52万元", StringComparison.Ordinal)));
        Assert.Equal(60m, finding.Expected);
    }

    [Fact]
    public void A_total_holds_when_the_amounts_just_before_it_add_up_even_if_an_earlier_one_is_its_own_figure()
    {
        // "合计9.4万元" with nothing before it is one item's figure, and itself a part of the later total.
        Assert.Empty(InCard("配置会议设备，合计 9.4 万元；改造功能房，费用 2.6 万元；安装窗帘，费用 3 万元；安装空调，费用 2 万元；配置家具，费用 3 万元。总费用共计 20 万元。"));
        Assert.Single(InCard("配置会议设备，合计 9.4 万元；改造功能房，费用 2.6 万元；安装窗帘，费用 3 万元；安装空调，费用 2 万元；配置家具，费用 3 万元。总费用共计 21 万元。"));
    }

    [Fact]
    public void Amounts_in_yuan_with_sub_totals_add_up_to_the_stated_total()
    {
        Assert.Empty(InCard("为20户提供补贴3000元/户，计60000元；为48户提供补贴1500元/户，计72000元；共计132000元。"));
        Assert.Equal(-1000m, Assert.Single(InCard("为20户提供补贴3000元/户，计60000元；为48户提供补贴1500元/户，计72000元；共计131000元。")).Difference);
    }

    [Fact]
    public void Parts_after_qizhong_that_exceed_their_total_are_reported_and_rounding_is_told_apart()
    {
        Assert.Empty(InNarrative("政府采购金额为251.26万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。"));
        var rounding = Assert.Single(InNarrative("政府采购金额为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。"));
        Assert.Equal((FindingKind.Rounding, -0.01m), (rounding.Kind, rounding.Difference!.Value));
        var excess = Assert.Single(InNarrative("政府采购金额为251.25万元，其中：货物采购金额14.79万元、工程采购金额0万元、服务采购金额246.47万元。"));
        Assert.Equal(FindingKind.Discrepancy, excess.Kind);
    }

    [Fact]
    public void Parts_after_qizhong_may_leave_some_out_and_stop_at_the_next_total()
    {
        Assert.Empty(InNarrative("支出合计100万元，其中：社会保障支出60万元、卫生健康支出20万元。"));
        Assert.Empty(InNarrative("收入总计1,180.23万元，其中：本年收入1,087.83万元，上年结转92.40万元，比上年减少12099.83万元；支出总计1,180.23万元，其中：本年预算安排1,087.83万元，上年结转92.40万元。"));
    }

    [Fact]
    public void Numbered_paragraphs_after_a_closing_qizhong_are_the_parts_of_each_measure_named_alike()
    {
        var findings = InNarrative(
            "年初预算为30.00万元，支出决算为29.00万元。主要原因如下，其中：",
            "1、行政运行（项）。年初预算为 20.00 万元，支出决算为19.00万元。",
            "2、一般行政管理事务（项）。年初预算为 11.00 万元，支出决算为10.00万元。");
        var finding = Assert.Single(findings);
        Assert.Equal((31.00m, 30.00m), (finding.Expected!.Value, finding.Printed!.Value));
    }

    [Fact]
    public void A_text_without_totals_is_not_applicable()
    {
        var result = new TextSumRule().Run(Year([], [Card("c", "康复", 1m, null, "为11名残疾儿童提供康复救助，每人16000元。")]));
        Assert.Equal(RuleStatus.NotApplicable, result.Coverage.Status);
    }
}
