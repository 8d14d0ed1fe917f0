using System.Text;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Loading;

/// <summary>
/// Each kind of mistake a person can make in a data file gets its own diagnostic code, pointing at the
/// exact line and column. Expected columns are worked out from the line as written, not copied from output.
/// </summary>
public sealed class BadInputDiagnosticsTests
{
    private const string File = "reports/zezhou/dpf/2024-budget.yaml";

    private static Diagnostic Expect(int line, string replacement, string code, string marker)
    {
        var diagnostic = Load.Single("zezhou/dpf/2024-budget.yaml", MinimalReport.WithLine(line, replacement), code);
        Assert.Equal(line, diagnostic.Location.Line);
        Assert.Equal(replacement.IndexOf(marker, StringComparison.Ordinal) + 1, diagnostic.Location.Column);
        Assert.EndsWith(File, diagnostic.Location.File);
        Assert.Equal(replacement, diagnostic.SourceLine);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Expected));
        return diagnostic;
    }

    [Fact]
    public void The_minimal_report_itself_loads_cleanly()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        var result = ContentLoader.Load(scratch.Content);
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Content);
    }

    [Fact]
    public void A_misspelt_field_is_reported_with_the_field_it_probably_meant()
    {
        var d = Expect(5, "  titel: 测试报告", DiagnosticCodes.UnknownField, "titel");
        Assert.Contains("did you mean 'title'", d.Message);
    }

    [Fact]
    public void A_missing_required_field_names_the_field_and_its_mapping()
    {
        var d = Load.Single("a.yaml", MinimalReport.WithLine(5, "  # no title"), DiagnosticCodes.MissingField);
        Assert.Contains("'title'", d.Message);
        Assert.Equal((3, 3), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void Text_where_an_amount_is_expected_is_an_error_at_that_cell()
    {
        var d = Expect(24, "      - { code: \"208\", name: 社会保障和就业支出, values: [十元, 4.00] }", DiagnosticCodes.NotAnAmount, "十元");
        Assert.Contains("十元", d.Message);
    }

    [Fact]
    public void An_amount_with_thousands_separators_says_how_to_write_it()
    {
        var d = Expect(24, "      - { code: \"208\", name: 社会保障和就业支出, values: [\"1,000.00\", 4.00] }", DiagnosticCodes.NotAnAmount, "\"1,000.00\"");
        Assert.Contains("thousands separators", d.Message);
    }

    [Fact]
    public void An_amount_with_more_decimals_than_the_table_prints_is_an_error()
    {
        var d = Expect(24, "      - { code: \"208\", name: 社会保障和就业支出, values: [10.00, 4.005] }", DiagnosticCodes.TooManyDecimals, "4.005");
        Assert.Contains("3 decimal places", d.Message);
    }

    [Fact]
    public void An_unknown_table_type_is_an_error_that_suggests_the_known_one()
    {
        var d = Expect(14, "    type: expenditure_sumary", DiagnosticCodes.UnknownTableType, "expenditure_sumary");
        Assert.Contains("did you mean 'expenditure_summary'", d.Message);
    }

    [Fact]
    public void A_custom_table_type_loads_as_a_plain_table()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.WithLine(14, "    type: x-guangdong-special"));
        var result = ContentLoader.Load(scratch.Content);
        Assert.Empty(result.Diagnostics);
        var table = Assert.Single(result.Content!.DepartmentYears[0].Tables);
        Assert.Equal(Model.TableType.Custom, table.Type);
        Assert.Equal("x-guangdong-special", table.TypeName);
    }

    [Fact]
    public void An_unknown_column_role_is_an_error()
    {
        var d = Expect(21, "      - { label: 基本支出, role: basics }", DiagnosticCodes.UnknownColumnRole, "basics");
        Assert.Contains("did you mean 'basic'", d.Message);
    }

    [Fact]
    public void A_row_code_that_is_not_a_classification_code_is_an_error()
    {
        Expect(24, "      - { code: \"2081\", name: 社会保障和就业支出, values: [10.00, 4.00] }", DiagnosticCodes.InvalidClassificationCode, "\"2081\"");
    }

    [Fact]
    public void A_row_with_too_few_values_is_an_error()
    {
        Expect(24, "      - { code: \"208\", name: 社会保障和就业支出, values: [10.00] }", DiagnosticCodes.ValueCountMismatch, "[10.00]");
    }

    [Fact]
    public void A_jurisdiction_missing_from_the_shared_list_is_an_error()
    {
        Expect(7, "jurisdiction: \"999999\"", DiagnosticCodes.UnknownJurisdiction, "\"999999\"");
    }

    [Fact]
    public void A_department_kind_missing_from_the_shared_list_is_an_error()
    {
        Expect(11, "  kind: education", DiagnosticCodes.UnknownDepartmentKind, "education");
    }

    [Fact]
    public void Malformed_yaml_is_reported_where_the_parser_stopped()
    {
        // A key with no colon inside a mapping: YAML sees it only when the next line starts.
        var text = MinimalReport.WithLine(4, "  year 2024");
        var d = Load.Single("a.yaml", text, DiagnosticCodes.MalformedYaml);
        Assert.InRange(d.Location.Line, 4, 5);
        Assert.Contains("not valid YAML", d.Message);
    }

    [Fact]
    public void Malformed_json_is_reported_at_the_stray_comma()
    {
        const string text = "{\n  \"schema_version\": 1,,\n  \"report\": {}\n}";
        var d = Load.Single("a.json", text, DiagnosticCodes.MalformedJson);
        Assert.Equal(2, d.Location.Line);
        Assert.Equal("  \"schema_version\": 1,,".LastIndexOf(',') + 1, d.Location.Column);
    }

    [Fact]
    public void An_empty_file_is_reported_as_empty()
    {
        var d = Load.Single("a.yaml", "", DiagnosticCodes.EmptyFile);
        Assert.Equal((1, 1), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void A_file_of_comments_only_is_reported_as_empty()
    {
        Load.Single("a.yaml", "# nothing here yet\n", DiagnosticCodes.EmptyFile);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_at_the_first_bad_byte()
    {
        using var scratch = new ScratchContent();
        var before = Encoding.UTF8.GetBytes(string.Join('\n', MinimalReport.Text.Split('\n')[..4]) + "\n  title: ");
        byte[] gbk = [0xB2, 0xE2, 0xCA, 0xD4]; // 测试 in GBK
        var after = Encoding.UTF8.GetBytes("\n" + string.Join('\n', MinimalReport.Text.Split('\n')[5..]));
        scratch.ReportBytes("a.yaml", [.. before, .. gbk, .. after]);
        var d = Assert.Single(Load.Diagnostics(scratch, DiagnosticCodes.NotUtf8));
        Assert.Equal((5, "  title: ".Length + 1), (d.Location.Line, d.Location.Column));
        Assert.Contains("GBK", d.Message);
    }

    [Fact]
    public void A_duplicate_department_year_names_both_files()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        scratch.Report("b.yaml", MinimalReport.Text);
        var d = Assert.Single(Load.Diagnostics(scratch, DiagnosticCodes.DuplicateDepartmentYear));
        Assert.EndsWith("reports/b.yaml", d.Location.File);
        Assert.Equal((2, 1), (d.Location.Line, d.Location.Column));
        Assert.Contains("reports/a.yaml:2", d.Message);
    }

    [Fact]
    public void A_ten_megabyte_file_of_garbage_is_refused_without_reading_it_all()
    {
        using var scratch = new ScratchContent();
        var garbage = new byte[10 * 1024 * 1024];
        new Random(42).NextBytes(garbage);
        scratch.ReportBytes("garbage.yaml", garbage);
        var d = Assert.Single(Load.Diagnostics(scratch, DiagnosticCodes.FileTooLarge));
        Assert.Contains("10.0 MB", d.Message);
    }

    [Fact]
    public void Garbage_under_the_size_limit_gives_a_bounded_number_of_diagnostics()
    {
        using var scratch = new ScratchContent();
        var random = new Random(7);
        var text = new StringBuilder();
        while (text.Length < 3 * 1024 * 1024)
        {
            text.Append((char)random.Next(32, 127));
            if (random.Next(80) == 0)
            {
                text.Append('\n');
            }
        }

        scratch.Report("garbage.yaml", text.ToString());
        var result = ContentLoader.Load(scratch.Content);
        Assert.Null(result.Content);
        Assert.InRange(result.Diagnostics.Count, 1, 101);
    }

    [Fact]
    public void Every_problem_of_every_file_is_reported_in_one_run()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.WithLine(5, "  titel: 测试报告"));
        scratch.Report("b.yaml", MinimalReport.WithLine(7, "jurisdiction: \"999999\"").Replace("10.00, 4.00] }\n      - { code", "10.00, x] }\n      - { code", StringComparison.Ordinal));
        var codes = ContentLoader.Load(scratch.Content).Diagnostics.Select(d => (System.IO.Path.GetFileName(d.Location.File), d.Code)).ToList();
        Assert.Contains(("a.yaml", DiagnosticCodes.UnknownField), codes);
        Assert.Contains(("b.yaml", DiagnosticCodes.UnknownJurisdiction), codes);
        Assert.Contains(("b.yaml", DiagnosticCodes.NotAnAmount), codes);
    }
}
