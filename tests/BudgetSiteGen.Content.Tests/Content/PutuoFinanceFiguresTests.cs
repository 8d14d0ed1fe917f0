using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Content;

/// <summary>
/// Figures read by a person from the published 上海市普陀区财政局 2024年度部门决算 (万元; codes printed in separate
/// 类/款/项 columns), compared with what the loader makes of content/. A blank printed cell is null, never 0: the
/// report prints no zeros in its tables, only blanks.
/// </summary>
public sealed class PutuoFinanceFiguresTests
{
    private static readonly DepartmentYear F = Seeds.Content.DepartmentYears.Single(y => y.JurisdictionCode == "310107" && y.Department.KindId == "finance");

    [Fact]
    public void The_report_is_a_2024_final_accounts_in_ten_thousands_under_the_shanghai_layout()
    {
        Assert.Equal((ReportKind.FinalAccounts, 2024, MoneyUnit.TenThousandYuan), (F.Report.Kind, F.Report.Year, F.Report.MoneyUnit));
        Assert.Equal("shanghai-final-accounts", F.Report.Layout);
        Assert.Equal("上海市普陀区财政局", F.Department.Name);
        Assert.Equal(9, F.Tables.Count);
        Assert.All(F.Tables, t => Assert.Equal(MoneyUnit.TenThousandYuan, t.Unit));
    }

    [Fact]
    public void Table1_income_and_expenditure_with_the_balances_at_both_ends_of_the_year()
    {
        var t = F.Table(1);
        Assert.Equal([2940.05m], t.Row("一、一般公共预算财政拨款收入", "income"));
        Assert.Equal([null], t.Row("四、上级补助收入", "income"));
        Assert.Equal([6.20m], t.Row("八、其他收入", "income"));
        Assert.Equal([2946.25m], t.Row("本年收入合计", "income"));
        Assert.Equal([null], t.Row("使用非财政拨款结余（含专用结余）", "income"));
        Assert.Equal([49.14m], t.Row("年初结转和结余", "income"));
        Assert.Equal([2995.39m], t.Row("总计", "income"));

        Assert.Equal([2106.66m], t.Row("一、一般公共服务支出", "expenditure"));
        Assert.Equal([null], t.Row("二、外交支出", "expenditure"));
        Assert.Equal([326.71m], t.Row("八、社会保障和就业支出", "expenditure"));
        Assert.Equal([2940.05m], t.Row("本年支出合计", "expenditure"));
        Assert.Equal([null], t.Row("结余分配", "expenditure"));
        Assert.Equal([55.34m], t.Row("年末结转和结余", "expenditure"));
        Assert.Equal([2995.39m], t.Row("总计", "expenditure"));

        Assert.Equal(
            [FigureRole.OpeningBalance, FigureRole.ClosingBalance],
            new[] { t.Section("income").Rows.Single(r => r.Name == "年初结转和结余").Role, t.Section("expenditure").Rows.Single(r => r.Name == "年末结转和结余").Role });
    }

    [Fact]
    public void Table2_income_total_and_three_rows()
    {
        // 本年收入合计 | 财政拨款收入 | 上级补助收入 | 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入
        var t = F.Table(2);
        Assert.Equal([2946.25m, 2940.05m, null, null, null, null, 6.20m], t.Row("合计"));

        var administration = t.ByCode("2010601");
        Assert.Equal("行政运行", administration.Name);
        Assert.Equal([1511.90m, 1511.89m, null, null, null, null, 0.01m], administration.Values);
        Assert.Equal([16.19m, 10.00m, null, null, null, null, 6.19m], t.ByCode("2010602").Values);
        Assert.Equal("其他行政事业单位养老支出", t.ByCode("2080599").Name);
        Assert.Equal([0.94m, 0.94m, null, null, null, null, null], t.ByCode("2080599").Values);
    }

    [Fact]
    public void Table3_expenditure_total_and_three_rows()
    {
        // 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出
        var t = F.Table(3);
        Assert.Equal([2940.05m, 2336.91m, 603.14m, null, null, null], t.Row("合计"));
        Assert.Equal([1511.89m, 1503.52m, 8.37m, null, null, null], t.ByCode("2010601").Values);
        Assert.Equal([10.00m, null, 10.00m, null, null, null], t.ByCode("2010602").Values);
        Assert.Equal("购房补贴", t.ByCode("2210203").Name);
        Assert.Equal([258.50m, 258.50m, null, null, null, null], t.ByCode("2210203").Values);
    }

    [Fact]
    public void Table4_fiscal_appropriations_with_their_balances()
    {
        var t = F.Table(4);
        var income = t.Section("income").Rows;
        Assert.Equal(("一、一般公共预算财政拨款", 1), (income[0].Name, income[0].Level));
        Assert.Equal([2940.05m], income[0].Values);
        Assert.Equal([2940.05m], t.Row("本年收入合计", "income"));
        Assert.Equal([21.63m], t.Row("年初财政拨款结转和结余", "income"));
        Assert.Equal(("一、一般公共预算财政拨款", 2), (income[5].Name, income[5].Level));
        Assert.Equal([21.63m], income[5].Values);
        Assert.Equal([2961.68m], t.Row("总计", "income"));

        // 合计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款 | 国有资本经营预算财政拨款
        Assert.Equal([2106.66m, 2106.66m, null, null], t.Row("一、一般公共服务支出", "expenditure"));
        Assert.Equal([326.71m, 326.71m, null, null], t.Row("八、社会保障和就业支出", "expenditure"));
        Assert.Equal([2940.05m, 2940.05m, null, null], t.Row("本年支出合计", "expenditure"));
        Assert.Equal([21.63m, 21.63m, null, null], t.Row("年末财政拨款结转和结余", "expenditure"));
        Assert.Equal([2961.68m, 2961.68m, null, null], t.Row("总计", "expenditure"));
    }

    [Fact]
    public void Table5_general_budget_total_and_three_rows()
    {
        var t = F.Table(5);
        Assert.Equal([2940.05m, 2336.91m, 603.14m], t.Row("合计"));
        Assert.Equal([135.25m, null, 135.25m], t.ByCode("2010607").Values);
        Assert.Equal([84.65m, 84.65m, null], t.ByCode("2080501").Values);
        Assert.Equal([60.99m, 60.99m, null], t.ByCode("2101101").Values);
    }

    [Fact]
    public void Table6_is_two_blocks_whose_totals_are_the_personnel_and_public_costs()
    {
        var t = F.Table(6);
        var personnel = t.Section("personnel");
        var @public = t.Section("public");
        Assert.Equal((FigureRole.Personnel, FigureRole.Public), (personnel.Role, @public.Role));
        Assert.Equal([2152.26m], t.Row("人员经费合计", "personnel"));
        Assert.Equal([184.65m], t.Row("公用经费合计", "public"));

        // Three rows of each block: economic codes printed as 类 and 款.
        Assert.Equal(("基本工资", 262.33m), (t.ByCode("30101").Name, t.ByCode("30101").Values[0]));
        Assert.Equal(("奖金", (decimal?)null), (t.ByCode("30103").Name, t.ByCode("30103").Values[0]));
        Assert.Equal(("奖励金", 0.31m), (t.ByCode("30309").Name, t.ByCode("30309").Values[0]));
        Assert.Equal(("差旅费", 1.20m), (t.ByCode("30211").Name, t.ByCode("30211").Values[0]));
        Assert.Equal(("因公出国（境）费用", (decimal?)null), (t.ByCode("30212").Name, t.ByCode("30212").Values[0]));
        Assert.Equal(("办公设备购置", 13.58m), (t.ByCode("31002").Name, t.ByCode("31002").Values[0]));
        Assert.Contains(personnel.Rows, r => r.Code?.Value == "30101");
        Assert.Contains(@public.Rows, r => r.Code?.Value == "31002");
    }

    [Fact]
    public void Table7_three_public_is_one_unlabelled_row_of_budget_and_actual_with_every_actual_blank()
    {
        var t = F.Table(7);
        var row = Assert.Single(t.Sections[0].Rows);
        Assert.Equal(string.Empty, row.Name);
        Assert.Empty(t.Sections[0].Stub);

        // 合计 预算数 | 决算数 | 因公出国（境）费 预算数 | 决算数 | 公务用车 小计 预算数 | 决算数 | 购置费 预算数 | 决算数
        // | 运行费 预算数 | 决算数 | 公务接待费 预算数 | 决算数
        Assert.Equal([0.95m, null, null, null, null, null, null, null, null, null, 0.95m, null], row.Values);
        var columns = t.Sections[0].Columns;
        Assert.Equal((FigureRole.Budget, FigureRole.ThreePublic), (columns[0].Role, columns[0].Item));
        Assert.Equal((FigureRole.Actual, FigureRole.OfficialReception), (columns[11].Role, columns[11].Item));
    }

    [Fact]
    public void Tables8_and_9_are_printed_empty_with_the_balance_columns_of_final_accounts()
    {
        foreach (var number in new[] { 8, 9 })
        {
            var t = F.Table(number);
            Assert.True(t.NoData);
            Assert.Equal([null, null, null, null, null, null], t.Row("合计"));
            Assert.Equal(
                [FigureRole.OpeningBalance, FigureRole.CurrentIncome, FigureRole.CurrentExpenditure, FigureRole.Basic, FigureRole.Project, FigureRole.ClosingBalance],
                t.Sections[0].Columns.Select(c => c.Role));
        }
    }

    [Fact]
    public void Three_units_of_which_two_are_merged_into_the_bureau()
    {
        Assert.Equal(
            [
                new SubordinateUnit("上海市普陀区财政局（本级）", null, true, null),
                new SubordinateUnit("上海市普陀区财政局财政所", null, false, "预算不单列，并入本级"),
                new SubordinateUnit("上海市普陀区国库收付中心", null, false, "预算不单列，并入本级"),
            ],
            F.Units);
    }

    [Fact]
    public void Assets_and_the_source_checksum()
    {
        Assert.Equal(new DateOnly(2024, 12, 31), F.Assets!.AsOf);
        Assert.Equal(0, F.Assets.Vehicles!.Actual);
        Assert.Equal(8, F.Assets.Vehicles.ByUse.Count);
        Assert.Equal(2, F.Assets.Equipment!.OverOneMillion);
        Assert.Equal("d45e923176f9fe4b6533829d3a2fe67f8cbcd55d07099dabf73aca62701f8eb5", F.Source!.Sha256);
    }
}
