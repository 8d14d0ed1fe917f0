using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Loading;

/// <summary>Subordinate units, the vehicle categories a province prints, planned purchases and the source's checksum.</summary>
public sealed class UnitsAndAssetsLoadingTests
{
    private const int L = InlineReport.FirstAddedLine;

    [Fact]
    public void Subordinate_units_keep_their_type_own_budget_and_printed_note()
    {
        var result = InlineReport.Load(InlineReport.Text("budget", "元", null,
            "  []",
            "units:",
            "  - { name: 上海市普陀区人民政府办公室本部, type: administrative, own_budget: true }",
            "  - { name: 上海市普陀区交流服务中心, type: institution, own_budget: false, note: 不单列预算，并入本部 }",
            "  - { name: 某参公单位, type: civil_service_managed }"));
        Assert.Empty(result.Diagnostics);
        var units = result.Content!.DepartmentYears[0].Units;
        Assert.Equal(
            [
                new SubordinateUnit("上海市普陀区人民政府办公室本部", UnitType.Administrative, true, null),
                new SubordinateUnit("上海市普陀区交流服务中心", UnitType.Institution, false, "不单列预算，并入本部"),
                new SubordinateUnit("某参公单位", UnitType.CivilServiceManaged, null, null),
            ],
            units);
    }

    [Fact]
    public void An_unknown_unit_type_is_BSG123_with_the_type_it_probably_meant()
    {
        var text = InlineReport.Text("budget", "元", null, "  []", "units:", "  - { name: 某中心, type: instituton }");
        var d = InlineReport.Single(InlineReport.Load(text), DiagnosticCodes.InvalidValue, text, L + 2, "instituton");
        Assert.Contains("did you mean 'institution'", d.Message);
    }

    [Fact]
    public void Vehicle_categories_as_printed_keep_their_order_and_planned_purchases_are_kept_apart()
    {
        var result = InlineReport.Load(InlineReport.Text("budget", "元", null,
            "  []",
            "assets:",
            "  as_of: \"2024-08-31\"",
            "  vehicles:",
            "    actual: 1",
            "    by_use: [{ label: 主要领导干部用车, count: 0 }, { label: 执法执勤用车, count: 1 }]",
            "  equipment: { over_1m: 0 }",
            "  planned_purchases:",
            "    vehicles: { total: 2, by_use: [{ label: 应急保障用车, count: 2 }] }",
            "    equipment: { over_1m: 1 }"));
        Assert.Empty(result.Diagnostics);
        var assets = result.Content!.DepartmentYears[0].Assets!;
        Assert.Equal([new VehicleUse(null, "主要领导干部用车", 0), new VehicleUse(null, "执法执勤用车", 1)], assets.Vehicles!.ByUse);
        Assert.Equal(1, assets.Vehicles.Actual);
        Assert.Equal(2, assets.Planned!.Vehicles);
        Assert.Equal([new VehicleUse(null, "应急保障用车", 2)], assets.Planned.VehiclesByUse);
        Assert.Equal(1, assets.Planned.Equipment!.OverOneMillion);
        Assert.Equal(0, assets.Equipment!.OverOneMillion);
    }

    [Fact]
    public void The_fixed_vehicle_categories_are_still_accepted()
    {
        var result = InlineReport.Load(InlineReport.Text("budget", "元", null,
            "  []", "assets:", "  vehicles: { actual: 1, by_use: { leadership: 0, other: 1 } }"));
        Assert.Empty(result.Diagnostics);
        Assert.Contains(new VehicleUse("other", null, 1), result.Content!.DepartmentYears[0].Assets!.Vehicles!.ByUse);
    }

    [Fact]
    public void A_source_gives_where_it_was_read_and_the_checksum_of_the_published_file()
    {
        var result = InlineReport.Load(InlineReport.Text("budget", "元", null,
            "  []",
            "source:",
            "  title: 上海市普陀区人民政府办公室2025年区级部门预算",
            "  publisher: 上海市普陀区人民政府办公室",
            "  url: https://example.gov.cn/budget.pdf",
            "  sha256: ef2db536657de0a0e0ef27c4487f04034c430ffa3d83e522904c7a71b477c299"));
        Assert.Empty(result.Diagnostics);
        var source = result.Content!.DepartmentYears[0].Source!;
        Assert.Equal("https://example.gov.cn/budget.pdf", source.Url);
        Assert.Equal("ef2db536657de0a0e0ef27c4487f04034c430ffa3d83e522904c7a71b477c299", source.Sha256);
    }

    [Theory]
    [InlineData("EF2DB536657DE0A0E0EF27C4487F04034C430FFA3D83E522904C7A71B477C299")]
    [InlineData("ef2db536657de0a0e0ef27c4487f04034c430ffa3d83e522904c7a71b477c2")]
    public void A_checksum_that_is_not_lowercase_sha256_is_BSG123(string sha)
    {
        var text = InlineReport.Text("budget", "元", null, "  []", "source:", "  title: t", "  publisher: p", $"  sha256: {sha}");
        InlineReport.Single(InlineReport.Load(text), DiagnosticCodes.InvalidValue, text, L + 4, sha);
    }

    [Fact]
    public void A_department_without_a_printed_code_loads()
    {
        var result = InlineReport.Load(InlineReport.Text("budget", "元", null));
        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Content!.DepartmentYears[0].Department.Code);
    }
}
