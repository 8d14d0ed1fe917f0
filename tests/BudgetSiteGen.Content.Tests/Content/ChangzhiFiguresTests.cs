using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Content;

/// <summary>Figures read by a person from the published Changzhi report (长治市残疾人联合会 2024年预算).</summary>
public sealed class ChangzhiFiguresTests
{
    private static readonly Model.DepartmentYear C = Seeds.Changzhi;

    [Fact]
    public void Table1_income_and_expenditure_totals()
    {
        var t = C.Table(1);
        Assert.Equal([1087.83m], t.Row("一、一般公共预算", "income"));
        Assert.Equal([null], t.Row("二、政府性基金预算", "income"));
        Assert.Equal([1087.83m], t.Row("本年收入合计", "income"));
        Assert.Equal([92.40m], t.Row("上年结转", "income"));
        Assert.Equal([1180.23m], t.Row("收入总计", "income"));
        Assert.Equal([1180.23m, 1087.83m, 92.40m], t.Row("支出总计", "expenditure"));
        Assert.Equal([87.60m, null, 87.60m], t.Row("二十五、其他支出", "expenditure"));
    }

    [Fact]
    public void Table2_income_summary_total_and_carry_over_only_row()
    {
        Assert.Equal([1087.83m, 1087.83m, null, null, null, null, 92.40m], C.Table(2).Row("合计"));
        Assert.Equal([null, null, null, null, null, null, 87.60m], C.Table(2).Row("其他支出"));
    }

    [Fact]
    public void Table3_expenditure_summary_total()
    {
        Assert.Equal([1180.23m, 329.83m, 850.40m], C.Table(3).Row("合计"));
        Assert.Equal([292.38m, 2.38m, 290.00m], C.Table(3).Row("残疾人就业"));
    }

    [Fact]
    public void Table4_fiscal_appropriation_totals()
    {
        var t = C.Table(4);
        Assert.Equal([1180.23m], t.Row("收入总计", "income"));
        Assert.Equal([92.40m], t.Row("上年财政拨款结转", "income"));
        Assert.Equal([1180.23m, 1092.63m, 87.60m, null], t.Row("支出总计", "expenditure"));
    }

    [Fact]
    public void Table5_general_budget_total()
    {
        Assert.Equal([1087.83m, 329.83m, 758.00m], C.Table(5).Row("合计"));
    }

    [Fact]
    public void Table6_basic_expenditure_by_economic_class_total()
    {
        Assert.Equal([329.83m, 279.36m, 50.47m], C.Table(6).Row("合计"));
        Assert.Equal([254.11m, 248.34m, 5.78m], C.Table(6).Row("工资福利支出"));
    }

    [Fact]
    public void Empty_tables_are_marked_no_data()
    {
        int[] printedEmpty = [7, 8, 9, 12, 13];
        Assert.Equal(printedEmpty, C.Tables.Where(t => t.NoData).Select(t => t.Number).Order());
        Assert.Equal([0.20m, 0.20m, null, null], C.Table(10).Row("公务接待费"));
        Assert.Equal([50.47m, 50.47m, null, null], C.Table(11).Row("部门合计"));
    }

    [Fact]
    public void Funds_of_five_cards_in_yuan()
    {
        Assert.Equal(1000000m, C.Performance.Cards.Single(c => c.Name.StartsWith("2024年举办市6项比赛", StringComparison.Ordinal)).YearFunds.Total);
        Assert.Equal(185000m, C.Card("业务工作经费").PeriodFunds.Total);
        Assert.Equal(80000m, C.Card("乡镇理事考核补贴").YearFunds.Total);
        Assert.Equal(200000m, C.Card("市残联残疾人综合服务设施场所修缮").YearFunds.Total);
        Assert.Equal(2900000m, C.Card("扶残助学圆梦工程").YearFunds.Provincial);
        Assert.Equal(2000000m, C.Card("第13届山西省残运会筹备及运动员选拔经费").YearFunds.Local);
    }

    [Fact]
    public void Thirteen_cards_and_no_department_form()
    {
        Assert.Equal(13, C.Performance.Cards.Count);
        Assert.Null(C.Performance.DepartmentForm);
    }

    [Fact]
    public void Staffing_and_assets()
    {
        Assert.Equal(17, C.Overview.Staffing!.Authorised);
        Assert.Equal(14, C.Overview.Staffing.Active);
        Assert.Null(C.Overview.Staffing.Retired);
        Assert.Equal(17675m, C.Assets!.FloorAreaSquareMetres);
        Assert.Equal(1, C.Assets.Vehicles!.ByUse.Single(use => use.Key == "emergency").Count);
        Assert.Equal(new DateOnly(2024, 4, 19), C.Assets.AsOf);
    }

    [Fact]
    public void Every_printed_table_is_present_in_order()
    {
        Assert.Equal(Enumerable.Range(1, 13), C.Tables.Select(t => t.Number));
        Assert.Equal(Enumerable.Range(1, 13), Seeds.Zezhou.Tables.Select(t => t.Number));
        Assert.Equal("部门公开表9", C.Table(9).Label);
    }
}
