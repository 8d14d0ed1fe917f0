using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Loading;

/// <summary>
/// A report names a table layout (docs/layouts.md) and may leave table types and column roles to it; what does not fit
/// the layout is reported where it is written. Line 7 of every inline report is its layout line.
/// </summary>
public sealed class LayoutLoadingTests
{
    private const int L = InlineReport.FirstAddedLine;
    private const int LayoutLine = 7;

    private static readonly string[] IncomeTableWithoutTypeOrRoles =
    [
        "  - number: 2",
        "    title: 收入决算表",
        "    stub: [{ label: 类, field: lei }, { label: 款, field: kuan }, { label: 项, field: xiang }, { label: 科目名称, field: name }]",
        "    columns: [{ label: 本年收入合计 }, { label: 财政拨款收入 }, { label: 其他收入 }]",
        "    rows:",
        "      - { name: 合计, values: [2946.25, 2940.05, 6.20] }",
        "      - { code: [\"201\"], name: 一般公共服务支出, values: [2112.86, 2106.66, 6.20] }",
    ];

    [Fact]
    public void A_table_without_type_and_columns_without_roles_take_them_from_the_layout()
    {
        var result = InlineReport.Load(InlineReport.FinalAccounts(IncomeTableWithoutTypeOrRoles));
        Assert.Empty(result.Diagnostics);
        var year = result.Content!.DepartmentYears[0];
        Assert.Equal("shanghai-final-accounts", year.Report.Layout);
        var table = Assert.Single(year.Tables);
        Assert.Equal(TableType.IncomeSummary, table.Type);
        Assert.Equal("income_summary", table.TypeName);
        Assert.Equal([FigureRole.Total, FigureRole.FiscalAppropriation, FigureRole.OtherIncome], table.Sections[0].Columns.Select(c => c.Role));
        Assert.Equal(FigureRole.Total, table.Sections[0].Rows[0].Role);
        Assert.Equal(FigureRole.None, table.Sections[0].Rows[1].Role);
    }

    [Fact]
    public void A_layout_knows_a_header_by_its_spanning_header_as_printed()
    {
        // In the final-accounts fund tables 小计 under 本年支出 is the year's expenditure; the 三公 table's columns are
        // told apart by the item above them, with full-width and half-width brackets alike.
        var result = InlineReport.Load(InlineReport.FinalAccounts(
            "  - number: 7",
            "    title: 财政拨款“三公”经费支出决算表",
            "    stub: []",
            "    columns:",
            "      - { label: 预算数, groups: [因公出国(境)费] }",
            "      - { label: 决算数, groups: [公务接待费] }",
            "    rows:",
            "      - { values: [~, ~] }",
            "  - number: 8",
            "    title: 政府性基金预算财政拨款收入支出决算表",
            "    columns: [{ label: 年初结转和结余 }, { label: 本年收入 }, { label: 小计, groups: [本年支出] }, { label: 年末结转和结余 }]",
            "    rows:",
            "      - { name: 合计, values: [~, ~, ~, ~] }"));
        Assert.Empty(result.Diagnostics);
        var tables = result.Content!.DepartmentYears[0].Tables;
        var threePublic = tables[0].Sections[0].Columns;
        Assert.Equal([(FigureRole.Budget, FigureRole.OutboundTravel), (FigureRole.Actual, FigureRole.OfficialReception)], threePublic.Select(c => (c.Role, c.Item)));
        Assert.Equal(TableType.GovernmentFundExpenditure, tables[1].Type);
        Assert.Equal([FigureRole.OpeningBalance, FigureRole.CurrentIncome, FigureRole.CurrentExpenditure, FigureRole.ClosingBalance],
            tables[1].Sections[0].Columns.Select(c => c.Role));
    }

    [Fact]
    public void A_role_written_in_the_file_wins_over_the_layout()
    {
        var lines = IncomeTableWithoutTypeOrRoles.ToArray();
        lines[3] = "    columns: [{ label: 本年收入合计, role: x-own-total }, { label: 财政拨款收入 }, { label: 其他收入 }]";
        var result = InlineReport.Load(InlineReport.FinalAccounts(lines));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("x-own-total", result.Content!.DepartmentYears[0].Tables[0].Sections[0].Columns[0].RoleName);
    }

    [Fact]
    public void An_unknown_layout_is_BSG190_with_the_layout_it_probably_meant()
    {
        var text = InlineReport.Text("final_accounts", "万元", "shanghai-final-acounts");
        var d = InlineReport.Single(InlineReport.Load(text), DiagnosticCodes.UnknownLayout, text, LayoutLine, "shanghai-final-acounts");
        Assert.Contains("did you mean 'shanghai-final-accounts'", d.Message);
        Assert.Contains("shanxi-budget", d.Expected);
        Assert.Contains("content/layouts/", d.Expected);
    }

    [Fact]
    public void A_budget_layout_named_by_final_accounts_is_BSG196_naming_the_layouts_that_fit()
    {
        var text = InlineReport.Text("final_accounts", "万元", "shanghai-budget");
        var d = InlineReport.Single(InlineReport.Load(text), DiagnosticCodes.LayoutKindMismatch, text, LayoutLine, "shanghai-budget");
        Assert.Contains("for budget reports", d.Message);
        Assert.Contains("shanghai-final-accounts", d.Expected);
        Assert.DoesNotContain("shanxi-budget", d.Expected);
    }

    [Fact]
    public void A_table_number_the_layout_does_not_have_is_a_BSG191_warning_and_the_table_still_loads()
    {
        var text = InlineReport.FinalAccounts(
            "  - number: 10",
            "    type: x-project-spending",
            "    title: 项目支出决算表",
            "    columns: [{ label: 决算数, role: actual }]",
            "    rows: [{ name: 合计, values: [603.14] }]");
        var result = InlineReport.Load(text);
        var d = InlineReport.Single(result, DiagnosticCodes.TableNotInLayout, text, L, "10");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("shanghai-final-accounts", d.Message);
        Assert.Contains("1, 2, 3, 4, 5, 6, 7, 8, 9", d.Expected);
        Assert.Equal(TableType.Custom, Assert.Single(result.Content!.DepartmentYears[0].Tables).Type);
    }

    [Fact]
    public void A_table_outside_the_layout_must_give_its_type()
    {
        var text = InlineReport.FinalAccounts(
            "  - number: 10",
            "    title: 项目支出决算表",
            "    columns: [{ label: 决算数, role: actual }]",
            "    rows: [{ name: 合计, values: [603.14] }]");
        var result = InlineReport.Load(text);
        Assert.Null(result.Content);
        var missing = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingField);
        Assert.Contains("'type'", missing.Message);
    }

    [Fact]
    public void A_type_other_than_the_layouts_is_a_BSG192_warning_and_the_written_type_is_used()
    {
        var text = InlineReport.FinalAccounts(
            "  - number: 7",
            "    type: operating_costs",
            "    title: 财政拨款“三公”经费支出决算表",
            "    columns: [{ label: 决算数, role: actual }]",
            "    rows: [{ name: 合计, values: [~] }]");
        var result = InlineReport.Load(text);
        var d = InlineReport.Single(result, DiagnosticCodes.TableTypeDiffersFromLayout, text, L + 1, "operating_costs");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("'three_public'", d.Message);
        Assert.Equal(TableType.OperatingCosts, result.Content!.DepartmentYears[0].Tables[0].Type);
    }

    [Fact]
    public void A_column_without_role_whose_header_the_layout_does_not_know_is_BSG193_at_the_column()
    {
        var text = InlineReport.FinalAccounts(
            "  - number: 3",
            "    title: 支出决算表",
            "    columns:",
            "      - { label: 本年支出合计 }",
            "      - { label: 本年结余 }",
            "    rows: [{ name: 合计, values: [2940.05, ~] }]");
        var d = InlineReport.Single(InlineReport.Load(text), DiagnosticCodes.UnknownHeader, text, L + 4, "{ label: 本年结余");
        Assert.Contains("本年结余", d.Message);
        Assert.Contains("shanghai-final-accounts", d.Message);
    }

    [Fact]
    public void Without_a_layout_a_column_without_role_is_a_missing_field()
    {
        var text = InlineReport.Text("final_accounts", "万元", null,
            "  - number: 3",
            "    type: expenditure_summary",
            "    title: 支出决算表",
            "    columns:",
            "      - { label: 本年支出合计 }",
            "    rows: [{ name: 合计, values: [2940.05] }]");
        var d = InlineReport.Single(InlineReport.Load(text), DiagnosticCodes.MissingField, text, L + 4, "{ label");
        Assert.Contains("'role'", d.Message);
    }

    [Fact]
    public void A_narrative_id_outside_the_vocabulary_is_BSG194_with_the_id_it_probably_meant()
    {
        var text = InlineReport.FinalAccounts(
            "  []",
            "narrative:",
            "  - { id: incom, title: 收入决算情况说明, body: 本年收入合计2946.25万元。 }",
            "  - { id: x-project-supervision, title: 区政府督查项目经费情况说明, body: 详见项目绩效目标表。 }",
            "  - { id: overall, title: 部门预算编制说明, body: 收入预算9101.68万元。 }");
        var result = InlineReport.Load(text);
        var d = InlineReport.Single(result, DiagnosticCodes.UnknownNarrativeSection, text, L + 2, "incom");
        Assert.Contains("did you mean 'income'", d.Message);
        Assert.Contains("'x-'", d.Expected);
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void A_sites_own_layout_in_content_layouts_replaces_the_shipped_one_with_its_id()
    {
        const string own = """
            id: shanghai-final-accounts
            name: 上海市部门决算公开表（本局修订）
            kind: final_accounts
            headers:
              - { label: 本年支出合计, role: total }
              - { label: 本年结余, role: closing_balance }
            tables:
              - { number: 3, type: expenditure_summary, title: 支出决算表 }
            """;
        var text = InlineReport.FinalAccounts(
            "  - number: 3",
            "    title: 支出决算表",
            "    columns: [{ label: 本年支出合计 }, { label: 本年结余 }]",
            "    rows: [{ name: 合计, values: [2940.05, ~] }]",
            "  - number: 1",
            "    type: budget_summary",
            "    title: 收入支出决算总表",
            "    columns: [{ label: 决算数, role: actual }]",
            "    rows: [{ name: 总计, values: [2995.39] }]");
        var result = InlineReport.Load(text, scratch => WriteLayout(scratch, "shanghai.yaml", own));

        // The own layout knows 本年结余, which the shipped one does not; and it has no table 1, which the shipped one has.
        var table3 = result.Content!.DepartmentYears[0].Tables.Single(t => t.Number == 3);
        Assert.Equal([FigureRole.Total, FigureRole.ClosingBalance], table3.Sections[0].Columns.Select(c => c.Role));
        var d = InlineReport.Single(result, DiagnosticCodes.TableNotInLayout, text, L + 4, "1");
        Assert.Contains("本局修订", d.Message);
    }

    [Fact]
    public void A_new_provinces_layout_is_a_data_file_a_report_can_name()
    {
        const string own = """
            # yaml-language-server: $schema=../../docs/schema/layout.schema.json
            id: zhejiang-budget
            name: 浙江省部门预算公开表
            kind: budget
            unit: 万元
            headers:
              - { label: 合计, role: total }
              - { label: 一般公共预算拨款, role: general_public_budget }
            rows:
              - { name: 合计, role: total }
            tables:
              - { number: 3, type: general_budget_expenditure, title: 一般公共预算支出表 }
            """;
        var text = InlineReport.Text("budget", "万元", "zhejiang-budget",
            "  - number: 3",
            "    title: 一般公共预算支出表",
            "    columns: [{ label: 合计 }, { label: 一般公共预算拨款 }]",
            "    rows: [{ name: 合计, values: [100.00, 100.00] }]");
        var result = InlineReport.Load(text, scratch => WriteLayout(scratch, "zhejiang-budget.yaml", own));
        Assert.Empty(result.Diagnostics);
        var table = Assert.Single(result.Content!.DepartmentYears[0].Tables);
        Assert.Equal(TableType.GeneralBudgetExpenditure, table.Type);
        Assert.Equal([FigureRole.Total, FigureRole.GeneralPublicBudget], table.Sections[0].Columns.Select(c => c.Role));
        Assert.Equal(FigureRole.Total, table.Sections[0].Rows[0].Role);
    }

    [Fact]
    public void A_mistake_in_a_sites_own_layout_is_reported_in_that_file_at_its_line_and_column_and_nowhere_else()
    {
        const string own = """
            id: zhejiang-budget
            name: 浙江省部门预算公开表
            kind: budget
            tables:
              - { number: 3, type: general_budget_expenditur, title: 一般公共预算支出表 }
            """;
        var result = InlineReport.Load(InlineReport.Text("budget", "万元", "zhejiang-budget"), scratch => WriteLayout(scratch, "zhejiang-budget.yaml", own));
        var d = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownTableType);
        Assert.EndsWith("content/layouts/zhejiang-budget.yaml", d.Location.File);
        Assert.Equal((5, "  - { number: 3, type: ".Length + 1), (d.Location.Line, d.Location.Column));
        Assert.Contains("did you mean 'general_budget_expenditure'", d.Message);
        Assert.Null(result.Content);

        // The report naming the broken layout cannot use it, but its jurisdiction and kind are still known.
        Assert.Equal([DiagnosticCodes.UnknownTableType, DiagnosticCodes.UnknownLayout], result.Diagnostics.Select(x => x.Code).Order(StringComparer.Ordinal));
    }

    private static void WriteLayout(ScratchContent scratch, string name, string text)
    {
        var folder = Path.Combine(scratch.Content, LayoutLibrary.ContentFolder);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name), text);
    }
}
