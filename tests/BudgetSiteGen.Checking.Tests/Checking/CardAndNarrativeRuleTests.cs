using BudgetSiteGen.Checking;
using BudgetSiteGen.Checking.Rules;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;
using static BudgetSiteGen.Tests.Support.ModelBuilder;

namespace BudgetSiteGen.Tests.Checking;

/// <summary>The card, form and narrative rules on small crafted inputs where each holds and where each fails.</summary>
public sealed class CardAndNarrativeRuleTests
{
    [Fact]
    public void Card_funds_by_source_add_up_to_the_total()
    {
        Assert.Empty(new CardFundsRule().Check(Year([], [Card("a", "项目", 190000m)])));
        var finding = Assert.Single(new CardFundsRule().Check(Year([], [Card("a", "项目", 190000m, local: 180000m)])), f => f.Location.Description.Said().Contains("年度", StringComparison.Ordinal));
        Assert.Equal(("BSG210", "a", 10000m), (finding.RuleCode, finding.Location.CardId!, finding.Difference!.Value));
    }

    private static BudgetTable Projects(decimal amount) => Table(12, TableType.ProjectsCurrent, [FigureRole.Total],
        Named("部门", 1, amount), Named("残疾儿童康复救助(市级）", 2, amount));

    [Fact]
    public void Card_funds_in_yuan_equal_the_projects_row_in_wan_yuan()
    {
        Assert.Empty(new CardTableRule().Check(Year([Projects(19.00m)], [Card("a", "残疾儿童康复救助（市级）", 190000m)])));
        var finding = Assert.Single(new CardTableRule().Check(Year([Projects(19.50m)], [Card("a", "残疾儿童康复救助（市级）", 190000m)])));
        Assert.Equal(("BSG211", 12, 1, 0.50m), (finding.RuleCode, finding.Location.TableNumber!.Value, finding.Location.RowIndex!.Value, finding.Difference!.Value));
        Assert.Equal("a", finding.Also[0].CardId);
    }

    [Fact]
    public void Quantity_times_unit_cost_bounds_the_funds()
    {
        var fits = Card("a", "康复救助", 184500m, null, null, Quantity("提供康复服务人数", "≤369人"), Cost("康复服务补贴标准", "500元/人/年"));
        var exceeds = Card("b", "康复救助", 184600m, null, null, Quantity("提供康复服务人数", "≤369人"), Cost("康复服务补贴标准", "500元/人/年"));
        var unbounded = Card("c", "康复救助", 999999m, null, null, Quantity("提供康复服务人数", "≥369人"), Cost("康复服务补贴标准", "≤500元/人"));
        Assert.Empty(new CardUnitCostRule().Check(Year([], [fits, unbounded])));
        var finding = Assert.Single(new CardUnitCostRule().Check(Year([], [exceeds])));
        Assert.Equal(("BSG212", "b", 184500m, 100m), (finding.RuleCode, finding.Location.CardId!, finding.Expected!.Value, finding.Difference!.Value));
        Assert.Equal(2, finding.Also.Count);
    }

    [Fact]
    public void Several_unit_costs_pair_with_their_quantities_by_name()
    {
        Indicator[] indicators = [Quantity("专职干事人数", "16人"), Quantity("专职委员人数", "48人"), Cost("专职干事补助标准", "5400元/人"), Cost("专职委员补助标准", "1800元/人")];
        Assert.Empty(new CardUnitCostRule().Check(Year([], [Card("a", "公益性岗位", 172800m, null, null, indicators)])));
        var finding = Assert.Single(new CardUnitCostRule().Check(Year([], [Card("a", "公益性岗位", 172000m, null, null, indicators)])));
        Assert.Equal(-800m, finding.Difference);
    }

    [Fact]
    public void Figures_in_a_cards_text_must_multiply_out_and_match_its_indicators()
    {
        var right = Card("a", "x", 176000m, null, "为11名残疾儿童提供康复救助，补贴每人16000元，计176000元。", Quantity("残疾儿童康复救助人数", "≤11人"), Cost("补助标准", "16000元/人"));
        Assert.Empty(new CardTextRule().Check(Year([], [right])));

        var wrongSum = right with { Overview = "为11名残疾儿童提供康复救助，补贴每人16000元，计190000元。" };
        var sum = Assert.Single(new CardTextRule().Check(Year([], [wrongSum])));
        Assert.Equal(("BSG213", 176000m, 14000m), (sum.RuleCode, sum.Expected!.Value, sum.Difference!.Value));

        var wrongCount = right with { Overview = "为12名残疾儿童提供康复救助。" };
        var count = Assert.Single(new CardTextRule().Check(Year([], [wrongCount])));
        Assert.Equal((LocationKind.CardIndicator, 0, -1m), (count.Location.Kind, count.Location.IndicatorIndex!.Value, count.Difference!.Value));
    }

    [Fact]
    public void The_department_form_agrees_with_table1()
    {
        var t1 = Sided(1, TableType.BudgetSummary, Section("income", [FigureRole.Amount],
            Role(FigureRole.GeneralPublicBudget, "一、一般公共预算", 1632.76m), Role(FigureRole.Subtotal, "本年收入合计", 1632.76m)));
        DepartmentForm Form(decimal general) => new("整体绩效目标", null, null, null, null, null, null, MoneyUnit.TenThousandYuan,
            new FundsBySource(general, general, null, null, null, null, null), null, [], null, []);
        Assert.Empty(new DepartmentFormRule().Check(Year([t1], form: Form(1632.76m))));
        var findings = new DepartmentFormRule().Check(Year([t1], form: Form(1633.76m))).ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal((LocationKind.DepartmentForm, 1.00m), (f.Location.Kind, f.Difference!.Value)));
    }

    private static BudgetTable Income(decimal general) => Sided(1, TableType.BudgetSummary,
        Section("income", [FigureRole.Amount],
            Role(FigureRole.GeneralPublicBudget, "一、一般公共预算", general), Role(FigureRole.GovernmentFund, "二、政府性基金预算", 167.66m),
            Role(FigureRole.Subtotal, "本年收入合计", 1800.42m), Role(FigureRole.CarryOver, "上年结转", 5.81m), Role(FigureRole.GrandTotal, "收入总计", 1806.23m)));

    private const string IncomeText = "2024年度预算收入1,806.23万元，主要包括一般公共预算拨款收入1,632.76万元，占90.40%；政府性基金预算拨款收入167.66万元，占9.28%；上年结转5.81万元，占0.32%。";

    [Fact]
    public void Narrative_amounts_agree_with_the_tables()
    {
        Assert.Empty(new NarrativeAmountsRule().Check(Year([Income(1632.76m)], narrative: [Item("income", IncomeText)])));
        var finding = Assert.Single(new NarrativeAmountsRule().Check(Year([Income(1630.76m)], narrative: [Item("income", IncomeText)])));
        Assert.Equal(("BSG215", "income", 2.00m), (finding.RuleCode, finding.Location.NarrativeId!, finding.Difference!.Value));
        Assert.Equal(0, finding.Also[0].RowIndex);
    }

    [Fact]
    public void Narrative_percentages_agree_with_its_amounts()
    {
        Assert.Empty(new NarrativeSharesRule().Check(Year([], narrative: [Item("income", IncomeText)])));
        var wrong = IncomeText.Replace("占9.28%", "占9.82%", StringComparison.Ordinal);
        var finding = Assert.Single(new NarrativeSharesRule().Check(Year([], narrative: [Item("income", wrong)])));
        Assert.Equal((FindingKind.Discrepancy, 9.28m), (finding.Kind, finding.Expected!.Value));
    }

    [Fact]
    public void A_year_on_year_change_is_checked_against_last_years_figure()
    {
        const string text = "预算收入总计1,806.23万元，比上年增加59.63万元，增长3.41%。";
        Assert.Empty(new NarrativeSharesRule().Check(Year([], narrative: [Item("changes", text)])));
        var finding = Assert.Single(new NarrativeSharesRule().Check(Year([], narrative: [Item("changes", text.Replace("3.41%", "3.14%", StringComparison.Ordinal))])));
        Assert.Equal(3.41m, finding.Expected);
    }

    [Fact]
    public void A_percentage_that_rounding_explains_is_reported_as_rounding()
    {
        // 1.00 of 3.00 is 33.33%; but each amount may be up to 0.005 off before rounding, so the true share
        // lies between 0.995/3.005 = 33.11% and 1.005/2.995 = 33.56%: 33.50% is possible, 34.00% is not.
        const string text = "支出3.00万元，其中：卫生健康支出1.00万元，占{0}%。";
        var rounding = Assert.Single(new NarrativeSharesRule().Check(Year([], narrative: [Item("general-budget", text.Replace("{0}", "33.50", StringComparison.Ordinal))])));
        Assert.Equal(FindingKind.Rounding, rounding.Kind);
        var discrepancy = Assert.Single(new NarrativeSharesRule().Check(Year([], narrative: [Item("general-budget", text.Replace("{0}", "34.00", StringComparison.Ordinal))])));
        Assert.Equal(FindingKind.Discrepancy, discrepancy.Kind);
    }

    [Fact]
    public void Stated_project_counts_and_amounts_agree_with_the_cards()
    {
        const string text = "纳入绩效目标管理的二级项目2个，共计金额30.00万元。其中：其他运转类项目1个，涉及金额10.00万元；特定目标类项目1个，涉及金额20.00万元。";
        var cards = new[] { Card("a", "甲", 100000m), Card("b", "乙", 200000m) };
        Assert.Empty(new NarrativeCountsRule().Check(Year([], cards, [Item("performance", text)])));
        var findings = new NarrativeCountsRule().Check(Year([], cards, [Item("performance", text.Replace("共计金额30.00", "共计金额31.00", StringComparison.Ordinal))])).ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(1.00m, f.Difference));
        var countFinding = Assert.Single(new NarrativeCountsRule().Check(Year([], cards.Take(1), [Item("performance", text)])), f => f.Unit == "个");
        Assert.Equal(-1m, countFinding.Difference);
    }
}
