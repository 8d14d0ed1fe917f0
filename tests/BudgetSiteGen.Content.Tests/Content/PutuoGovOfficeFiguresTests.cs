using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Content;

/// <summary>
/// Figures read by a person from the published 上海市普陀区人民政府办公室 2025年区级部门预算 (tables 1–8 in 元 with
/// fen, table 9 in 万元), compared with what the loader makes of content/. A blank printed cell is null, never 0.
/// </summary>
public sealed class PutuoGovOfficeFiguresTests
{
    private static readonly DepartmentYear B = Seeds.Content.DepartmentYears.Single(y => y.JurisdictionCode == "310107" && y.Department.KindId == "govoffice");

    [Fact]
    public void The_report_is_a_2025_budget_in_yuan_under_the_shanghai_layout()
    {
        Assert.Equal((ReportKind.Budget, 2025, MoneyUnit.Yuan), (B.Report.Kind, B.Report.Year, B.Report.MoneyUnit));
        Assert.Equal("shanghai-budget", B.Report.Layout);
        Assert.Equal("上海市普陀区人民政府办公室", B.Department.Name);
        Assert.Null(B.Department.Code);
        Assert.Equal(9, B.Tables.Count);
        Assert.All(B.Tables.Where(t => t.Number <= 8), t => Assert.Equal(MoneyUnit.Yuan, t.Unit));
    }

    [Fact]
    public void Table1_income_and_expenditure_totals()
    {
        var t = B.Table(1);
        Assert.Equal([91016775.35m], t.Row("一、财政拨款收入", "income"));
        Assert.Equal([91016775.35m], t.Row("1. 一般公共预算资金", "income"));
        Assert.Equal([null], t.Row("2. 政府性基金", "income"));
        Assert.Equal([null], t.Row("二、事业收入", "income"));
        Assert.Equal([null], t.Row("四、其他收入", "income"));
        Assert.Equal([91016775.35m], t.Row("收入总计", "income"));
        Assert.Equal([82096797.42m], t.Row("一、一般公共服务支出", "expenditure"));
        Assert.Equal([4213779.28m], t.Row("二、社会保障和就业支出", "expenditure"));
        Assert.Equal([1097073.43m], t.Row("三、卫生健康支出", "expenditure"));
        Assert.Equal([3609125.22m], t.Row("四、住房保障支出", "expenditure"));
        Assert.Equal([91016775.35m], t.Row("支出总计", "expenditure"));
    }

    [Fact]
    public void Table2_income_total_and_a_row_whose_code_is_printed_in_three_columns()
    {
        // 合计 | 财政拨款收入 | 事业收入 | 事业单位经营收入 | 其他收入 — the last three columns are blank throughout.
        Assert.Equal([91016775.35m, 91016775.35m, null, null, null], B.Table(2).Row("合计"));

        // Printed as 类 201 | 款 03 | 项 50 | 事业运行.
        var row = B.Table(2).ByCode("2010350");
        Assert.Equal("事业运行", row.Name);
        Assert.Equal(3, row.Level);
        Assert.Equal([3807295.58m, 3807295.58m, null, null, null], row.Values);
        Assert.Equal([StubField.Lei, StubField.Kuan, StubField.Xiang, StubField.Name], B.Table(2).Sections[0].Stub.Select(s => s.Field));
    }

    [Fact]
    public void Table3_expenditure_total_and_a_project_only_row()
    {
        Assert.Equal([91016775.35m, 24606775.35m, 66410000.00m], B.Table(3).Row("合计"));
        Assert.Equal([46140000.00m, null, 46140000.00m], B.Table(3).ByCode("2010302").Values);
        Assert.Equal([12029501.84m, 11919501.84m, 110000.00m], B.Table(3).ByCode("2010301").Values);
    }

    [Fact]
    public void Table4_fiscal_appropriation_totals()
    {
        Assert.Equal([91016775.35m], B.Table(4).Row("一、一般公共预算资金", "income"));
        Assert.Equal([null], B.Table(4).Row("二、政府性基金", "income"));
        Assert.Equal([91016775.35m], B.Table(4).Row("收入总计", "income"));
        Assert.Equal([91016775.35m, 91016775.35m, null, null], B.Table(4).Row("支出总计", "expenditure"));
    }

    [Fact]
    public void Table5_general_budget_total()
    {
        Assert.Equal([91016775.35m, 24606775.35m, 66410000.00m], B.Table(5).Row("合计"));
        Assert.Equal([314218.15m, 314218.15m, null], B.Table(5).ByCode("2101102").Values);
    }

    [Fact]
    public void Tables6_and_7_are_printed_empty_with_a_blank_total_row()
    {
        foreach (var number in new[] { 6, 7 })
        {
            Assert.True(B.Table(number).NoData);
            Assert.Equal([null, null, null], B.Table(number).Row("合计"));
        }

        Assert.Equal(TableType.GovernmentFundExpenditure, B.Table(6).Type);
        Assert.Equal(TableType.StateCapital, B.Table(7).Type);
    }

    [Fact]
    public void Table8_basic_expenditure_by_economic_class_total_and_rows()
    {
        Assert.Equal([24606775.35m, 22473997.81m, 2132777.54m], B.Table(8).Row("合计"));
        Assert.Equal([185000.00m, null, 185000.00m], B.Table(8).ByCode("30217").Values);
        Assert.Equal([1193509.00m, 1193509.00m, null], B.Table(8).ByCode("30199").Values);
        Assert.Equal("办公设备购置", B.Table(8).ByCode("31002").Name);
    }

    [Fact]
    public void Table9_three_public_and_operating_costs_are_in_ten_thousands_while_the_report_is_in_yuan()
    {
        var t = B.Table(9);
        Assert.Equal(MoneyUnit.TenThousandYuan, t.Unit);
        var row = Assert.Single(t.Sections[0].Rows);
        Assert.Equal(string.Empty, row.Name);

        // “三公”经费合计 | 因公出国(境)费 | 公务接待费 | 公务用车 小计 | 购置费 | 运行费 | 机关运行经费预算数
        Assert.Equal([867.50m, 839.00m, 28.50m, null, null, null, 213.28m], row.Values);
        Assert.Equal(
            [FigureRole.ThreePublic, FigureRole.OutboundTravel, FigureRole.OfficialReception, FigureRole.OfficialVehicles,
             FigureRole.VehiclePurchase, FigureRole.VehicleOperation, FigureRole.OperatingCosts],
            t.Sections[0].Columns.Select(c => c.Item));

        // In the report's own unit, 867.50万元 is 8,675,000元 exactly.
        Assert.Equal(8675000m, t.Unit.Convert(row.Values[0]!.Value, B.Report.MoneyUnit));
    }

    [Fact]
    public void One_subordinate_unit_merged_into_the_office()
    {
        Assert.Equal(
            [
                new SubordinateUnit("上海市普陀区人民政府办公室本部", UnitType.Administrative, true, null),
                new SubordinateUnit("上海市普陀区交流服务中心", UnitType.Institution, false, "不单列预算，并入本部"),
            ],
            B.Units);
    }

    [Fact]
    public void Vehicles_as_printed_and_the_planned_purchases()
    {
        string[] categories = ["部级领导干部用车", "主要领导干部用车", "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车", "离退休干部用车", "其他用车"];
        Assert.Equal(new DateOnly(2024, 8, 31), B.Assets!.AsOf);
        Assert.Equal(0, B.Assets.Vehicles!.Actual);
        Assert.Equal(categories, B.Assets.Vehicles.ByUse.Select(u => u.Label));
        Assert.All(B.Assets.Vehicles.ByUse, u => Assert.Equal(0, u.Count));
        Assert.Equal(0, B.Assets.Planned!.Vehicles);
        Assert.Equal(categories, B.Assets.Planned.VehiclesByUse.Select(u => u.Label));
        Assert.Equal(0, B.Assets.Planned.Equipment!.OverOneMillion);
    }

    [Fact]
    public void The_source_is_cited_with_the_checksum_of_the_pdf()
    {
        Assert.Equal("ef2db536657de0a0e0ef27c4487f04034c430ffa3d83e522904c7a71b477c299", B.Source!.Sha256);
        Assert.Contains(B.Narrative, n => n.Id == "overall");
        Assert.Contains(B.Narrative, n => n.Id == "x-project-supervision");
    }
}
