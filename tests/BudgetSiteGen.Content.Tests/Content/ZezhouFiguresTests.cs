using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Content;

/// <summary>
/// Figures read by a person from the published Zezhou report (泽州县残疾人联合会 2024年部门预算), compared
/// with what the loader makes of content/. A blank printed cell is null, never 0.
/// </summary>
public sealed class ZezhouFiguresTests
{
    private static readonly Model.DepartmentYear Z = Seeds.Zezhou;

    [Fact]
    public void Table1_income_and_expenditure_totals()
    {
        var t = Z.Table(1);
        Assert.Equal([1632.76m], t.Row("一、一般公共预算", "income"));
        Assert.Equal([167.66m], t.Row("二、政府性基金预算", "income"));
        Assert.Equal([null], t.Row("三、国有资本经营预算", "income"));
        Assert.Equal([1800.42m], t.Row("本年收入合计", "income"));
        Assert.Equal([5.81m], t.Row("上年结转", "income"));
        Assert.Equal([1806.23m], t.Row("收入总计", "income"));
        Assert.Equal([1806.23m, 1800.42m, 5.81m], t.Row("本年支出合计", "expenditure"));
        Assert.Equal([1806.23m, 1800.42m, 5.81m], t.Row("支出总计", "expenditure"));
        Assert.Equal([1557.08m, 1551.27m, 5.81m], t.Row("八、社会保障和就业支出", "expenditure"));
    }

    [Fact]
    public void Table2_income_summary_total()
    {
        // 合计 1800.42 | 一般公共预算 1632.76 | 政府性基金 167.66 | 国有资本 — | 财政专户 — | 单位资金 — | 上年结转 5.81
        Assert.Equal([1800.42m, 1632.76m, 167.66m, null, null, null, 5.81m], Z.Table(2).Row("合计"));
    }

    [Fact]
    public void Table3_expenditure_summary_total()
    {
        Assert.Equal([1806.23m, 294.84m, 1511.39m], Z.Table(3).Row("合计"));
        Assert.Equal([57.52m, null, 57.52m], Z.Table(3).Row("残疾人康复"));
    }

    [Fact]
    public void Table4_fiscal_appropriation_totals()
    {
        var t = Z.Table(4);
        Assert.Equal([1806.23m], t.Row("收入总计", "income"));
        Assert.Equal([1806.23m, 1638.57m, 167.66m, null], t.Row("支出总计", "expenditure"));
    }

    [Fact]
    public void Table5_general_budget_total_and_blank_lottery_rows()
    {
        Assert.Equal([1632.76m, 294.84m, 1337.92m], Z.Table(5).Row("合计"));
        Assert.Equal([null, null, null], Z.Table(5).Row("其他支出"));
    }

    [Fact]
    public void Table6_basic_expenditure_by_economic_class_total()
    {
        Assert.Equal([294.84m, 266.45m, 28.39m], Z.Table(6).Row("合计"));
        Assert.Equal([28.39m, null, 28.39m], Z.Table(6).Row("商品和服务支出"));
    }

    [Fact]
    public void Every_row_of_table12()
    {
        // 项目名称 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算 | 财政专户管理资金 | 单位资金
        (string Name, decimal Total, decimal? General, decimal? Fund)[] printed =
        [
            ("康复经费", 219.95m, 219.95m, null),
            ("重度残疾人基本医疗保险补助", 205.20m, 205.20m, null),
            ("残疾人意外伤害保险补助", 95.50m, 95.50m, null),
            ("重度残疾人体检项目", 270.00m, 270.00m, null),
            ("三、四级残疾人生活补贴", 300.00m, 300.00m, null),
            ("社会保障经费", 71.52m, 71.52m, null),
            ("残疾人康复", 7.35m, 7.35m, null),
            ("机动轮椅车燃油补贴", 0.16m, 0.16m, null),
            ("残疾人托养服务", 24.00m, 24.00m, null),
            ("助残帮扶", 42.00m, 42.00m, null),
            ("困难重度残疾人家庭无障碍改造", 3.40m, 3.40m, null),
            ("残疾儿童康复救助", 44.36m, 44.36m, null),
            ("残疾儿童康复救助及早期干预试点", 38.40m, null, 38.40m),
            ("困难重度残疾人家庭无障碍改造", 1.80m, null, 1.80m),
            ("重度困难残疾人家庭无障碍改造", 4.00m, null, 4.00m),
            ("康复救助", 18.46m, null, 18.46m),
            ("公益性岗位补贴资金", 17.28m, 17.28m, null),
            ("残疾儿童康复救助(市级）", 19.00m, null, 19.00m),
            ("辅助器具适配补贴（市级）", 18.00m, null, 18.00m),
            ("精神病服药、住院补贴（市级））", 68.00m, null, 68.00m),
            ("自主就业创业补贴资金（市级））", 13.20m, 13.20m, null),
            ("残疾人事业综合业务经费", 24.00m, 24.00m, null),
        ];
        var projects = Z.Table(12).AllRows.Where(r => r.Level == 3).ToList();
        Assert.Equal(printed.Length, projects.Count);
        for (var i = 0; i < printed.Length; i++)
        {
            Assert.Equal(printed[i].Name, projects[i].Name);
            Assert.Equal([printed[i].Total, printed[i].General, printed[i].Fund, null, null, null], projects[i].Values);
        }

        Assert.Equal([1505.58m, 1337.92m, 167.66m, null, null, null], Z.Table(12).AllRows.First().Values);
    }

    [Fact]
    public void Funds_of_five_cards_in_yuan()
    {
        Assert.Equal(190000m, Z.Card("残疾儿童康复救助(市级）").YearFunds.Total);
        Assert.Equal(190000m, Z.Card("残疾儿童康复救助(市级）").YearFunds.Local);
        Assert.Equal(443600m, Z.Card("残疾儿童康复救助").PeriodFunds.Provincial);
        Assert.Equal(2199500m, Z.Card("康复经费").YearFunds.Total);
        Assert.Equal(420000m, Z.Card("助残帮扶").YearFunds.Provincial);
        Assert.Equal(132000m, Z.Card("自主就业创业补贴资金（市级））").PeriodFunds.Total);
        Assert.Equal(1600m, Z.Card("机动轮椅车燃油补贴").YearFunds.Total);
    }

    [Fact]
    public void Twenty_two_cards_and_the_department_form()
    {
        Assert.Equal(22, Z.Performance.Cards.Count);
        var form = Z.Performance.DepartmentForm!;
        Assert.Equal(1800.42m, form.FundsBySource!.Total);
        Assert.Equal(1505.58m, form.FundsByUse!.Project);
        // 数量 7, 质量 9, 时效 3, 成本 5, 社会效益 3, 可持续影响 3, 满意度 1, counted on the printed form.
        Assert.Equal(31, form.Indicators.Count);
        Assert.Equal(7, form.Indicators.Count(i => i.Level2 == "数量指标"));
        Assert.Equal(9, form.Indicators.Count(i => i.Level2 == "质量指标"));
    }

    [Fact]
    public void Indicator_tree_of_one_card_in_both_columns()
    {
        var card = Z.Card("残疾儿童康复救助(市级）");
        string[] printed = ["残疾儿童康复救助人数", "接受康复救助儿童功能改善情况", "项目完成时间", "残疾儿童康复救助补助标准", "减轻残疾人家庭经济负担", "接受康复救助儿童的满意度"];
        Assert.Equal(printed, card.PeriodIndicators.Select(i => i.Name));
        Assert.Equal(printed, card.YearIndicators.Select(i => i.Name));
        var cost = card.YearIndicators.Single(i => i.Level2 == "成本指标");
        Assert.Equal("16000元/人", cost.Value);
        Assert.Equal(new Model.IndicatorValue(Model.Comparator.Equal, 16000m, "元/人"), cost.Parsed);
        var count = card.PeriodIndicators[0];
        Assert.Equal(new Model.IndicatorValue(Model.Comparator.LessOrEqual, 11m, "人"), count.Parsed);
        Assert.Null(card.PeriodIndicators.Single(i => i.Name == "项目完成时间").Parsed);
        Assert.Equal(new DateTime(2024, 2, 19, 11, 43, 30), card.FiledAt);
    }

    [Fact]
    public void Staffing_assets_and_every_ocr_fix_recorded()
    {
        Assert.Equal(20, Z.Overview.Staffing!.Active);
        Assert.Equal(12, Z.Overview.Staffing.Retired);
        Assert.Equal(13000m, Z.Assets!.FloorAreaSquareMetres);
        Assert.Equal(1, Z.Assets.Vehicles!.Actual);
        Assert.Contains(Z.Fixes, f => f.Printed.Contains("普市财社", StringComparison.Ordinal) && f.Recorded.Contains("晋市财社", StringComparison.Ordinal));
        Assert.Equal("晋市财社【2023】161号关于提前下达2024年省级财政残疾人事业转移支付预算指标的通知", Z.Card("助残帮扶").Basis);
        Assert.Equal(12, Z.Narrative.Count);
        Assert.Equal(12, Z.Glossary.Count);
    }
}
