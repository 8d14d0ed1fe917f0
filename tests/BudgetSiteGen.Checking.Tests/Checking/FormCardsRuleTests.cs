using BudgetSiteGen.Checking;
using BudgetSiteGen.Checking.Rules;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;
using static BudgetSiteGen.Tests.Support.ModelBuilder;

namespace BudgetSiteGen.Tests.Checking;

/// <summary>The department-wide form against the project cards: the same quantity or standard, named in both, must agree.</summary>
public sealed class FormCardsRuleTests
{
    private static DepartmentForm Form(params Indicator[] indicators) =>
        new("整体绩效目标", null, null, null, null, null, null, MoneyUnit.TenThousandYuan, null, null, [], null, indicators);

    private static RuleResult Run(DepartmentForm form, params PerformanceCard[] cards) => new FormCardsRule().Run(Year([], cards, form: form));

    private static readonly PerformanceCard Allowance = Card("allowance", "三、四级残疾人生活补贴", 3_000_000m, null, null,
        Quantity("三四级残疾人补贴人数", "≤12500人"), Cost("补贴标准", "20元/人/月"));

    [Fact]
    public void A_form_count_that_cannot_hold_with_the_card_named_for_the_same_thing_is_a_discrepancy()
    {
        var result = Run(Form(Quantity("三四级残疾人生活补贴人数", "≥14000人")), Allowance);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("BSG221", LocationKind.DepartmentForm, LocationKind.CardIndicator), (finding.RuleCode, finding.Location.Kind, finding.Also[0].Kind));
        Assert.Contains("≥14000人", finding.Message.Said(), StringComparison.Ordinal);
        Assert.Contains("≤12500人", finding.Message.Said(), StringComparison.Ordinal);
        Assert.Equal(1, result.Coverage.Comparisons);
    }

    [Fact]
    public void A_form_count_within_the_cards_bound_holds()
    {
        Assert.Empty(Run(Form(Quantity("三四级残疾人生活补贴人数", "≥12000人")), Allowance).Findings);
        Assert.Empty(Run(Form(Quantity("三四级残疾人生活补贴人数", "12500人")), Allowance).Findings);
        Assert.Single(Run(Form(Quantity("三四级残疾人生活补贴人数", "12600人")), Allowance).Findings);
    }

    [Fact]
    public void A_standard_per_month_is_compared_with_a_standard_per_year_in_one_measure()
    {
        Assert.Empty(Run(Form(Cost("三四级残疾人生活补贴标准", "240元/人/年")), Allowance).Findings);
        var finding = Assert.Single(Run(Form(Cost("三四级残疾人生活补贴标准", "25元/人/月")), Allowance).Findings);
        Assert.Equal((20m, 25m), (finding.Expected!.Value, finding.Printed!.Value));
    }

    [Fact]
    public void A_form_indicator_is_paired_by_the_cards_indicator_name_when_the_card_is_named_otherwise()
    {
        var health = Card("health", "重度残疾人体检项目", 2_700_000m, null, null, Quantity("重度残疾人体检人数", "≤5400人"));
        Assert.Empty(Run(Form(Quantity("重度残疾人体检人数", "≥5000人")), health).Findings);
        Assert.Single(Run(Form(Quantity("重度残疾人体检人数", "≥6000人")), health).Findings);
    }

    [Fact]
    public void A_form_figure_that_several_cards_share_is_their_total_and_is_listed_as_not_compared()
    {
        var city = Card("city", "残疾儿童康复救助(市级）", 176_000m, null, null, Quantity("残疾儿童康复救助人数", "≤11人"));
        var province = Card("province", "残疾儿童康复救助", 432_000m, null, null, Quantity("残疾儿童康复救助人数", "≥27人"));
        var result = Run(Form(Quantity("残疾儿童康复救助人数", "38人")), city, province);
        Assert.Empty(result.Findings);
        Assert.Contains(result.Coverage.NotChecked, n => n.Said().Contains("2 张", StringComparison.Ordinal));
    }

    [Fact]
    public void Unrelated_names_and_other_units_are_not_paired()
    {
        var result = Run(Form(Quantity("培训残疾人数", "≥200人"), Quantity("助残帮扶户数", "≥100户")), Allowance);
        Assert.Empty(result.Findings);
        Assert.Equal(RuleStatus.NotApplicable, result.Coverage.Status);
    }

    private static DepartmentForm WithTexts(string goals, params KeyTask[] tasks) =>
        Form(Cost("基本医疗保险补助标准", "380元/人"), Cost("三四级残疾人生活补贴标准", "20元/人/月")) with { AnnualGoals = goals, KeyTasks = tasks };

    [Fact]
    public void A_rate_in_the_forms_own_goals_must_agree_with_its_standard_for_the_same_thing()
    {
        Assert.Empty(Run(WithTexts("为全县重度残疾人缴纳每人380元基本医疗保险、为残疾人提供免费实用技术培训。")).Findings);
        var finding = Assert.Single(Run(WithTexts("为全县重度残疾人缴纳每人320元基本医疗保险、为残疾人提供免费实用技术培训。")).Findings);
        Assert.Equal((380m, 320m, LocationKind.DepartmentForm), (finding.Expected!.Value, finding.Printed!.Value, finding.Location.Kind));
    }

    [Fact]
    public void A_key_task_is_paired_with_the_standard_its_name_means_and_a_monthly_rate_stays_monthly()
    {
        Assert.Empty(Run(WithTexts(string.Empty, new KeyTask("三四级残疾人生活补贴", "为全县三四级残疾人发放每人每月20元的生活补助。"))).Findings);
        Assert.Single(Run(WithTexts(string.Empty, new KeyTask("三四级残疾人生活补贴", "为全县三四级残疾人发放每人每月25元的生活补助。"))).Findings);
        Assert.Empty(Run(WithTexts(string.Empty, new KeyTask("康复工作", "为残疾人每人提供500元的辅助器具。"))).Findings);
    }
}
