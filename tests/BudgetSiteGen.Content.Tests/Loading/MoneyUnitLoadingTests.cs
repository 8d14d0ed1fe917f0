using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Loading;

/// <summary>Every table carries its unit: 元, 千元, 万元 or 亿元, the report's or its own; a % column is not money at all.</summary>
public sealed class MoneyUnitLoadingTests
{
    private const int L = InlineReport.FirstAddedLine;

    private static readonly string[] ThreePublicInTenThousands =
    [
        "  - number: 9",
        "    type: three_public",
        "    title: 部门“三公”经费和机关运行经费预算表",
        "    unit: 万元",
        "    stub: []",
        "    columns: [{ label: 因公出国(境)费, role: amount, item: outbound_travel }]",
        "    rows: [{ values: [839.00] }]",
        "  - number: 3",
        "    type: expenditure_summary",
        "    title: 部门支出预算总表",
        "    columns: [{ label: 合计, role: total }]",
        "    rows: [{ name: 合计, values: [91016775.35] }]",
    ];

    [Fact]
    public void A_report_in_thousands_of_yuan_keeps_that_unit_on_every_table()
    {
        var result = InlineReport.Load(InlineReport.Text("budget", "千元", null,
            "  - number: 3",
            "    type: expenditure_summary",
            "    title: 部门支出预算总表",
            "    columns: [{ label: 合计, role: total }]",
            "    rows: [{ name: 合计, values: [91016.78] }]"));
        Assert.Empty(result.Diagnostics);
        var year = result.Content!.DepartmentYears[0];
        Assert.Equal(MoneyUnit.ThousandYuan, year.Report.MoneyUnit);
        Assert.Equal(MoneyUnit.ThousandYuan, year.Tables[0].Unit);
        Assert.Equal("千元", year.Tables[0].Unit.Symbol());

        // 91016.78 千元 is 9101.678 万元 exactly, not a rounded 9101.68.
        Assert.Equal(9101.678m, MoneyUnit.ThousandYuan.Convert(91016.78m, MoneyUnit.TenThousandYuan));
    }

    [Fact]
    public void A_table_in_another_unit_than_its_report_keeps_its_own()
    {
        var result = InlineReport.Load(InlineReport.Text("budget", "元", null, ThreePublicInTenThousands));
        Assert.Empty(result.Diagnostics);
        var tables = result.Content!.DepartmentYears[0].Tables;
        Assert.Equal(MoneyUnit.Yuan, result.Content.DepartmentYears[0].Report.MoneyUnit);
        Assert.Equal((MoneyUnit.TenThousandYuan, 839.00m), (tables[0].Unit, tables[0].Sections[0].Rows[0].Values[0]!.Value));
        Assert.Equal((MoneyUnit.Yuan, 91016775.35m), (tables[1].Unit, tables[1].Sections[0].Rows[0].Values[0]!.Value));
    }

    [Fact]
    public void An_unknown_unit_is_BSG123_with_the_unit_it_probably_meant()
    {
        var lines = ThreePublicInTenThousands.ToArray();
        lines[3] = "    unit: 萬元";
        var text = InlineReport.Text("budget", "元", null, lines);
        var d = InlineReport.Single(InlineReport.Load(text), DiagnosticCodes.InvalidValue, text, L + 3, "萬元");
        Assert.Contains("元, 千元, 万元, 亿元", d.Expected);
    }

    // A table the Shanghai layout does not have, so the report names no layout.
    private static string WithoutLayout(string[] lines) => InlineReport.Text("final_accounts", "万元", null, lines);

    private static readonly string[] ExecutionTable =
    [
        "  - number: 10",
        "    type: x-general-budget-execution",
        "    title: 一般公共预算财政拨款支出决算明细表",
        "    stub: [{ label: 科目编码, field: code }, { label: 科目名称, field: name }]",
        "    columns:",
        "      - { label: 年初预算数, role: initial_budget }",
        "      - { label: 决算数, role: actual }",
        "      - { label: 完成率, role: x-rate, unit: \"%\" }",
        "      - { label: 完成率（全年）, role: execution_rate }",
        "    rows:",
        "      - { code: \"2010601\", name: 行政运行, values: [1560.05, 1511.89, 96.9, 96.914] }",
    ];

    [Fact]
    public void A_percent_column_holds_percentages_not_money_and_an_execution_rate_is_one_without_saying_so()
    {
        var result = InlineReport.Load(WithoutLayout(ExecutionTable));
        Assert.Empty(result.Diagnostics);
        var section = result.Content!.DepartmentYears[0].Tables[0].Sections[0];
        Assert.Equal([false, false, true, true], section.Columns.Select(c => c.IsPercent));
        Assert.Equal([1560.05m, 1511.89m, 96.9m, 96.914m], section.Rows[0].Values);
    }

    [Fact]
    public void A_money_column_still_refuses_more_decimals_than_its_table_prints()
    {
        var lines = ExecutionTable.ToArray();
        lines[^1] = "      - { code: \"2010601\", name: 行政运行, values: [1560.055, 1511.89, 96.9, 96.914] }";
        var text = WithoutLayout(lines);
        InlineReport.Single(InlineReport.Load(text), DiagnosticCodes.TooManyDecimals, text, L + 10, "1560.055");
    }

    [Fact]
    public void A_column_can_differ_from_its_table_only_by_being_a_percentage()
    {
        var lines = ExecutionTable.ToArray();
        lines[5] = "      - { label: 年初预算数, role: initial_budget, unit: 元 }";
        var text = WithoutLayout(lines);
        var d = InlineReport.Single(InlineReport.Load(text), DiagnosticCodes.InvalidValue, text, L + 5, "元 }");
        Assert.Contains("%", d.Expected);
    }
}
