using BudgetSiteGen.Checking;
using BudgetSiteGen.Checking.Rules;
using BudgetSiteGen.Model;
using static BudgetSiteGen.Tests.Support.ModelBuilder;

namespace BudgetSiteGen.Tests.Checking;

/// <summary>The department-wide form's 年度资金总额, 财政拨款 and 其他资金 against the narrative and the summary tables.</summary>
public sealed class FormFundsRuleTests
{
    private static DepartmentForm Form(decimal general, decimal fund, decimal unitFunds, MoneyUnit unit = MoneyUnit.TenThousandYuan) =>
        new("部门整体支出绩效目标表", null, null, null, null, null, null, unit,
            new FundsBySource(general + fund + unitFunds, general, fund, 0m, null, null, unitFunds), null, [], null, []);

    private static BudgetTable FiscalSummary(decimal thisYear) => Sided(4, TableType.FiscalAppropriationSummary, Section("income", [FigureRole.Amount],
        Role(FigureRole.GeneralPublicBudget, "一、一般公共预算", thisYear), Role(FigureRole.Subtotal, "本年收入合计", thisYear), Role(FigureRole.CarryOver, "上年财政拨款结转", 5.81m)));

    private static BudgetTable BudgetSummary(decimal unitFunds) => Sided(1, TableType.BudgetSummary, Section("income", [FigureRole.Amount],
        Role(FigureRole.GeneralPublicBudget, "一、一般公共预算", 1632.76m), Role(FigureRole.SpecialAccount, "四、财政专户管理资金", (decimal?)null), Role(FigureRole.UnitFunds, "五、单位资金", unitFunds)));

    [Fact]
    public void The_forms_fiscal_funds_agree_with_the_fiscal_summarys_income_of_the_year_not_its_carry_over()
    {
        Assert.Empty(new FormFundsRule().Check(Year([FiscalSummary(1800.42m)], form: Form(1632.76m, 167.66m, 0m))));
        var finding = Assert.Single(new FormFundsRule().Check(Year([FiscalSummary(1806.23m)], form: Form(1632.76m, 167.66m, 0m))));
        Assert.Equal(("BSG231", FindingKind.Discrepancy, 1806.23m, 1800.42m, LocationKind.DepartmentForm), (finding.RuleCode, finding.Kind, finding.Expected!.Value, finding.Printed!.Value, finding.Location.Kind));
        Assert.Equal(4, Assert.Single(finding.Also).TableNumber);
    }

    [Fact]
    public void The_forms_other_funds_agree_with_the_income_that_is_not_fiscal_appropriation()
    {
        Assert.Empty(new FormFundsRule().Check(Year([BudgetSummary(20m)], form: Form(1632.76m, 0m, 20m))));
        Assert.Equal(-20m, Assert.Single(new FormFundsRule().Check(Year([BudgetSummary(20m)], form: Form(1632.76m, 0m, 0m)))).Difference);
    }

    [Theory]
    [InlineData("预算收入总计1,806.23万元，其中：本年收入1,800.42万元，上年结转5.81万元。")]
    [InlineData("其中：当年拨款收入1,800.42万元，上年结转收入5.81万元。")]
    [InlineData("部门整体支出年度资金总额18,004,200元。")]
    public void The_forms_funds_agree_with_the_totals_the_narrative_states_for_the_year(string holds)
    {
        var form = Form(1632.76m, 167.66m, 0m);
        var held = new FormFundsRule().Run(Year([], narrative: [Item("changes", holds)], form: form));
        Assert.Empty(held.Findings);
        Assert.Equal(RuleStatus.Ran, held.Coverage.Status);
        var wrong = holds.Replace("1,800.42", "1,801.42", StringComparison.Ordinal).Replace("18,004,200", "18,014,200", StringComparison.Ordinal);
        var finding = Assert.Single(new FormFundsRule().Check(Year([], narrative: [Item("changes", wrong)], form: form)));
        Assert.Equal((FindingKind.Discrepancy, -1.00m), (finding.Kind, finding.Difference!.Value));
        Assert.Equal(LocationKind.Narrative, Assert.Single(finding.Also).Kind);
    }

    [Fact]
    public void A_narrative_in_wan_yuan_rounds_a_form_in_yuan()
    {
        var form = Form(16_327_649.51m, 0m, 0m, MoneyUnit.Yuan);
        Assert.Empty(new FormFundsRule().Check(Year([], narrative: [Item("changes", "本年收入1,632.76万元。")], form: form)));
        Assert.Equal(FindingKind.Discrepancy, Assert.Single(new FormFundsRule().Check(Year([], narrative: [Item("changes", "本年收入1,633.76万元。")], form: form))).Kind);
    }

    [Fact]
    public void Carry_over_and_grand_totals_are_not_the_years_funds_and_a_final_account_is_not_held_to_the_form()
    {
        var form = Form(1632.76m, 167.66m, 0m);
        Assert.Empty(new FormFundsRule().Check(Year([], narrative: [Item("changes", "收入总计1,806.23万元，上年收入1,700.00万元。")], form: form)));
        Assert.Equal(RuleStatus.NotApplicable, new FormFundsRule().Run(Final(Year([FiscalSummary(1.00m)], form: form))).Coverage.Status);
        Assert.Equal(RuleStatus.NotApplicable, new FormFundsRule().Run(Year([FiscalSummary(1.00m)])).Coverage.Status);
    }
}
