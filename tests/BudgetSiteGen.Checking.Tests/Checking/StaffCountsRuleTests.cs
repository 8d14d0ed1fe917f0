using BudgetSiteGen.Checking;
using BudgetSiteGen.Checking.Rules;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;
using static BudgetSiteGen.Tests.Support.ModelBuilder;

namespace BudgetSiteGen.Tests.Checking;

/// <summary>Staff numbers stated in 概况 against the same counts stated elsewhere in the report.</summary>
public sealed class StaffCountsRuleTests
{
    private static readonly Staffing Fields = new(17, 14, 5, []);

    private static IReadOnlyList<Finding> InNarrative(string body, Staffing? staffing = null, string? organisation = null)
    {
        var year = Year([], narrative: [Item("operating-costs", body)], staffing: staffing ?? Fields);
        return new StaffCountsRule().Check(year with { Overview = year.Overview with { Organisation = organisation } });
    }

    [Theory]
    [InlineData("本单位机关编制17名，现有在职干部职工14人，退休人员5人。")]
    [InlineData("核定编制数为17人；实有人数14人；退休职工共5人。")]
    [InlineData("行政编制10名、事业编制7名，离退休人员6人。")]
    public void Counts_stated_elsewhere_that_agree_with_the_overview_hold(string body) => Assert.Empty(InNarrative(body));

    [Theory]
    [InlineData("本单位机关编制18名。", "编制", 18)]
    [InlineData("现有在职工作人员15人，人员经费随之增加。", "在职", 15)]
    [InlineData("退休人员共6人。", "退休", 6)]
    [InlineData("在职人员总数为13人。", "在职", 13)]
    [InlineData("代表、服务和管理残疾人，编制 17 人，现有 16 人。", "在职", 16)]
    public void A_count_stated_elsewhere_that_differs_from_the_overview_is_a_discrepancy(string body, string kind, int printed)
    {
        var finding = Assert.Single(InNarrative(body));
        Assert.Equal(("BSG232", FindingKind.Discrepancy, printed, "人", LocationKind.Narrative), (finding.RuleCode, finding.Kind, (int)finding.Printed!.Value, finding.Unit, finding.Location.Kind));
        Assert.Contains(kind, finding.Message.Said(), StringComparison.Ordinal);
        Assert.Equal(LocationKind.Profile, Assert.Single(finding.Also).Kind);
    }

    [Fact]
    public void Without_staffing_fields_the_overviews_text_is_the_reference_and_disagrees_with_itself_never()
    {
        var year = Year([], narrative: [Item("other", "现有在职干部职工15人。")], staffing: null);
        year = year with { Overview = year.Overview with { Organisation = "长治市残联成立于1989年，机关编制17名，现有在职干部职工14人，其中，党组班子成员3人。" } };
        var finding = Assert.Single(new StaffCountsRule().Check(year));
        Assert.Equal((14m, 15m), (finding.Expected!.Value, finding.Printed!.Value));
    }

    [Fact]
    public void The_overviews_text_is_held_to_its_own_staffing_fields_and_card_texts_are_read_too()
    {
        var year = Year([], [Card("c", "业务工作经费", 10_000m, null, "保障本单位在职人员14人的业务开展。")], staffing: Fields);
        Assert.Empty(new StaffCountsRule().Check(year with { Overview = year.Overview with { Organisation = "现有在职干部职工14人。" } }));
        var findings = new StaffCountsRule().Check(year with { Overview = year.Overview with { Organisation = "现有在职干部职工16人。" } });
        Assert.Equal(LocationKind.Profile, Assert.Single(findings).Location.Kind);
        var card = new StaffCountsRule().Check(Year([], [Card("c", "业务工作经费", 10_000m, null, "保障本单位在职人员12人的业务开展。")], staffing: Fields));
        Assert.Equal(LocationKind.Card, Assert.Single(card).Location.Kind);
    }

    [Fact]
    public void Vehicles_and_a_report_without_counts_are_not_staff()
    {
        Assert.Empty(InNarrative("共有公务用车编制1辆，实有1辆。"));
        Assert.Empty(InNarrative("全市现有持证残疾人3200人。"));
        Assert.Equal(RuleStatus.NotApplicable, new StaffCountsRule().Run(Year([], narrative: [Item("other", "现有在职干部职工15人。")])).Coverage.Status);
    }

    [Fact]
    public void The_department_forms_authorised_staff_agrees_with_the_overview()
    {
        DepartmentForm Form(int authorised) => new("整体绩效目标", null, null, null, new FormStaffing(authorised, 14, 14, 0), null, null, MoneyUnit.TenThousandYuan, null, null, [], null, []);
        Assert.Empty(new DepartmentFormRule().Check(Year([], form: Form(17), staffing: Fields)));
        var finding = Assert.Single(new DepartmentFormRule().Check(Year([], form: Form(20), staffing: Fields)));
        Assert.Equal(("BSG214", 17m, 20m), (finding.RuleCode, finding.Expected!.Value, finding.Printed!.Value));
    }
}
