using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Loading;

/// <summary>
/// Rows as other provinces print them: codes in separate 类/款/项 columns, a cell nobody can read, a single row of
/// figures without a label. Lines are counted from <see cref="InlineReport.FirstAddedLine"/>, the first line a test
/// writes; columns are found on the line as written.
/// </summary>
public sealed class PrintedRowsTests
{
    private const int L = InlineReport.FirstAddedLine;

    private static readonly string[] SplitCodeTable =
    [
        "  - number: 5",
        "    title: 一般公共预算财政拨款支出决算表",
        "    stub:",
        "      - { label: 类, field: lei }",
        "      - { label: 款, field: kuan }",
        "      - { label: 项, field: xiang }",
        "      - { label: 科目名称, field: name }",
        "    columns: [{ label: 合计 }, { label: 基本支出 }, { label: 项目支出 }]",
        "    rows:",
    ];

    private static string WithRows(params string[] rows) => InlineReport.FinalAccounts([.. SplitCodeTable, .. rows]);

    private static int RowLine(int index) => L + SplitCodeTable.Length + index;

    [Fact]
    public void Codes_printed_in_separate_lei_kuan_xiang_columns_are_one_code_whose_length_gives_the_level()
    {
        var result = InlineReport.Load(WithRows(
            "      - { code: [\"201\"], name: 一般公共服务支出, values: [2106.66, 1503.52, 603.14] }",
            "      - { code: [\"201\", \"06\"], name: 财政事务, values: [2106.66, 1503.52, 603.14] }",
            "      - { code: [\"201\", \"06\", \"01\"], name: 行政运行, values: [1511.89, 1503.52, 8.37] }",
            "      - { code: \"2010602\", name: 一般行政管理事务, values: [10.00, ~, 10.00] }"));
        Assert.Empty(result.Diagnostics);
        var rows = result.Content!.DepartmentYears[0].Tables[0].Sections[0].Rows;
        Assert.Equal(["201", "20106", "2010601", "2010602"], rows.Select(r => r.Code!.Value.Value));
        Assert.Equal([1, 2, 3, 3], rows.Select(r => r.Level));
        Assert.True(rows[0].Code!.Value.IsParentOf(rows[1].Code!.Value));
    }

    [Fact]
    public void Economic_classification_codes_split_into_lei_and_kuan_work_the_same_way()
    {
        var result = InlineReport.Load(WithRows("      - { code: [\"301\", \"01\"], name: 基本工资, values: [262.33, 262.33, ~] }"));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("30101", result.Content!.DepartmentYears[0].Tables[0].Sections[0].Rows[0].Code!.Value.Value);
    }

    [Theory]
    [InlineData("[\"201\", \"6\"]")]                 // a 款 of one digit
    [InlineData("[\"2010\", \"06\"]")]               // a 类 of four digits
    [InlineData("[\"201\", \"06\", \"001\"]")]       // a 项 of three digits
    [InlineData("[\"201\", \"06\", \"01\", \"01\"]")] // a fourth part
    [InlineData("[\"201\", \"O6\"]")]                // the letter O for a zero
    [InlineData("[201, 6]")]                       // unquoted: 06 became 6
    [InlineData("[]")]                             // no part at all
    public void Code_parts_that_do_not_make_a_classification_code_are_BSG197_at_the_list(string parts)
    {
        var text = WithRows($"      - {{ code: {parts}, name: 财政事务, values: [2106.66, 1503.52, 603.14] }}");
        var d = InlineReport.Single(InlineReport.Load(text), DiagnosticCodes.InvalidCodeParts, text, RowLine(0), parts);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("财政事务", d.Message);
        Assert.Contains("3 digits, then 2, then 2", d.Expected);
    }

    [Fact]
    public void A_joined_code_of_the_wrong_length_is_still_BSG126()
    {
        var text = WithRows("      - { code: \"20106011\", name: 行政运行, values: [1511.89, 1503.52, 8.37] }");
        InlineReport.Single(InlineReport.Load(text), DiagnosticCodes.InvalidClassificationCode, text, RowLine(0), "\"20106011\"");
    }

    [Fact]
    public void A_cell_marked_unreadable_has_no_value_and_says_so_while_a_blank_does_not()
    {
        var result = InlineReport.Load(WithRows("      - { code: [\"201\", \"06\", \"01\"], name: 行政运行, values: [1511.89, \"?\", ~] }"));
        Assert.Empty(result.Diagnostics);
        var row = result.Content!.DepartmentYears[0].Tables[0].Sections[0].Rows[0];
        Assert.Equal([1511.89m, null, null], row.Values);
        Assert.True(row.IsUnreadable(1));
        Assert.False(row.IsUnreadable(2));
        Assert.False(row.IsUnreadable(0));
    }

    [Fact]
    public void An_unreadable_cell_reads_the_same_from_json()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.json", """
            {"schema_version":1,"report":{"kind":"final_accounts","year":2024,"title":"t","money_unit":"万元"},
             "jurisdiction":"310107","department":{"name":"n","kind":"finance"},
             "tables":[{"number":5,"type":"general_budget_expenditure","title":"t","columns":[{"label":"合计","role":"total"},{"label":"基本支出","role":"basic"}],
                        "rows":[{"code":["201","06","01"],"name":"行政运行","values":["?",1503.52]}]}]}
            """);
        var result = BudgetSiteGen.Loading.ContentLoader.Load(scratch.Content);
        Assert.Empty(result.Diagnostics);
        var row = result.Content!.DepartmentYears[0].Tables[0].Sections[0].Rows[0];
        Assert.True(row.IsUnreadable(0));
        Assert.Equal("2010601", row.Code!.Value.Value);
    }

    [Theory]
    [InlineData("\"??\"")]
    [InlineData("\"不详\"")]
    public void Any_other_text_in_a_cell_is_still_not_an_amount(string cell)
    {
        var text = WithRows($"      - {{ code: [\"201\"], name: 一般公共服务支出, values: [2106.66, {cell}, 603.14] }}");
        InlineReport.Single(InlineReport.Load(text), DiagnosticCodes.NotAnAmount, text, RowLine(0), cell);
    }

    private static readonly string[] UnlabelledTable =
    [
        "  - number: 7",
        "    title: 财政拨款“三公”经费支出决算表",
        "    stub: []",
        "    columns:",
        "      - { label: 预算数, role: budget, item: three_public, groups: [合计] }",
        "      - { label: 决算数, role: actual, item: three_public, groups: [合计] }",
        "    rows:",
        "      - { values: [0.95, ~] }",
    ];

    [Fact]
    public void A_single_row_of_figures_without_a_label_loads_when_the_table_prints_no_name_column()
    {
        var result = InlineReport.Load(InlineReport.FinalAccounts(UnlabelledTable));
        Assert.Empty(result.Diagnostics);
        var section = result.Content!.DepartmentYears[0].Tables[0].Sections[0];
        var row = Assert.Single(section.Rows);
        Assert.Equal(string.Empty, row.Name);
        Assert.Null(row.Code);
        Assert.Equal([0.95m, null], row.Values);
        Assert.Equal([FigureRole.ThreePublic, FigureRole.ThreePublic], section.Columns.Select(c => c.Item));
        Assert.Equal([FigureRole.Budget, FigureRole.Actual], section.Columns.Select(c => c.Role));
    }

    [Fact]
    public void A_row_without_a_name_in_a_table_that_prints_a_name_column_is_BSG198_at_the_row()
    {
        var text = WithRows("      - { code: [\"201\"], values: [2106.66, 1503.52, 603.14] }");
        var result = InlineReport.Load(text);
        var d = InlineReport.Single(result, DiagnosticCodes.MissingRowName, text, RowLine(0), "{ code");
        Assert.Contains("stub", d.Expected);
        Assert.DoesNotContain(result.Diagnostics, other => other.Code == DiagnosticCodes.MissingField);
    }

    [Fact]
    public void A_blank_name_is_as_missing_as_no_name()
    {
        var text = WithRows("      - { code: [\"201\"], name: ~, values: [2106.66, 1503.52, 603.14] }");
        InlineReport.Single(InlineReport.Load(text), DiagnosticCodes.MissingRowName, text, RowLine(0), "{ code");
    }
}
