using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Loading;

/// <summary>
/// Values that once passed validation and broke the build later, or were silently misread: too large to add
/// up, too long for a file name, not a language, a slug ending in a newline, numbers split at a comma.
/// </summary>
public sealed class ValueLimitTests
{
    private static Diagnostic Expect(string text, int line, string lineText, string marker, string code, string fileName = "a.yaml")
    {
        var d = Load.Single(fileName, text, code);
        Assert.Equal((line, lineText.IndexOf(marker, StringComparison.Ordinal) + 1), (d.Location.Line, d.Location.Column));
        Assert.False(string.IsNullOrWhiteSpace(d.Expected));
        return d;
    }

    [Theory]
    [InlineData("79228162514264337593543950336")] // decimal.MaxValue + 1: did not parse at all
    [InlineData("79228162514264337593543950335")] // decimal.MaxValue: parsed, then overflowed in every sum
    [InlineData("1000000000000000000")] // 10^18, the first amount out of range
    [InlineData("-1000000000000000000.5")]
    public void An_amount_too_large_to_add_up_is_an_error_at_the_cell(string amount)
    {
        var line = $"      - {{ code: \"208\", name: 社会保障和就业支出, values: [{amount}, 4.00] }}";
        var d = Expect(MinimalReport.WithLine(24, line), 24, line, amount, DiagnosticCodes.AmountOutOfRange);
        Assert.Contains(amount, d.Message);
    }

    [Fact]
    public void The_largest_amount_in_range_loads()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.WithLine(23, "      - { name: 合计, role: total, values: [999999999999999999.99, -999999999999999999.99] }"));
        Assert.Empty(CheckAndBuild.Agreeing(scratch.Content));
    }

    [Fact]
    public void An_amount_too_large_in_json_is_an_error_at_the_number()
    {
        var line = "        { \"code\": \"208\", \"name\": \"社会保障和就业支出\", \"values\": [79228162514264337593543950336, 4.00] }";
        Expect(MinimalReport.WithLine(MinimalReport.Json, 13, line), 13, line, "79228162514264337593543950336", DiagnosticCodes.AmountOutOfRange, "a.json");
    }

    [Fact]
    public void An_indicator_number_too_large_to_read_is_an_error_at_the_number()
    {
        var text = MinimalReport.Text + MinimalReport.Card.Replace("year: []", "year:\n          - { level1: 产出指标, level2: 数量指标, name: 人数, value: 很多, number: 123456789012345678901234567890 }", StringComparison.Ordinal);
        var line = text.Split('\n')[34];
        Expect(text, 35, line, "123456789012345678901234567890", DiagnosticCodes.AmountOutOfRange);
    }

    [Fact]
    public void An_id_too_long_for_a_file_name_is_an_error_at_the_id()
    {
        var id = string.Join('-', Enumerable.Repeat("rehab", 60));
        var text = MinimalReport.Text + MinimalReport.Card.Replace("child-rehab", id, StringComparison.Ordinal);
        var d = Expect(text, 27, "    - id: " + id, id, DiagnosticCodes.IdTooLong);
        Assert.Contains(id.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Message);
    }

    [Fact]
    public void A_department_slug_too_long_for_a_folder_name_is_an_error_at_the_slug()
    {
        var slug = new string('a', 300);
        Expect(MinimalReport.WithLine(11, $"  kind: dpf\n  slug: {slug}"), 12, $"  slug: {slug}", slug, DiagnosticCodes.IdTooLong);
    }

    [Fact]
    public void A_slug_ending_in_a_newline_is_not_a_slug()
    {
        // .NET's $ matches before a final newline; the pattern must hold to the very end.
        Expect(MinimalReport.WithLine(11, "  kind: dpf\n  slug: \"dpf\\n\""), 12, "  slug: \"dpf\\n\"", "\"dpf", DiagnosticCodes.InvalidSlug);
    }

    [Fact]
    public void A_custom_table_type_ending_in_a_newline_is_not_a_custom_type()
    {
        Expect(MinimalReport.WithLine(14, "    type: \"x-special\\n\""), 14, "    type: \"x-special\\n\"", "\"x-special", DiagnosticCodes.UnknownTableType);
    }

    [Fact]
    public void A_list_of_values_split_at_a_thousands_separator_says_so()
    {
        var line = "      - { code: \"208\", name: 社会保障和就业支出, values: [1,806.23, 4.00] }";
        var d = Expect(MinimalReport.WithLine(24, line), 24, line, "[1,806.23", DiagnosticCodes.ValueCountMismatch);
        Assert.Contains("thousands separator? 1,806.23", d.Message);
        Assert.Contains("1806.23", d.Expected);
    }

    [Fact]
    public void A_json_list_of_values_split_at_a_thousands_separator_says_so()
    {
        var line = "        { \"code\": \"208\", \"name\": \"社会保障和就业支出\", \"values\": [1,806.23, 4.00] }";
        var d = Expect(MinimalReport.WithLine(MinimalReport.Json, 13, line), 13, line, "[1,806.23", DiagnosticCodes.ValueCountMismatch, "a.json");
        Assert.Contains("thousands separator? 1,806.23", d.Message);
    }

    [Fact]
    public void A_field_split_off_at_a_thousands_separator_says_so()
    {
        var text = MinimalReport.Text + MinimalReport.Card.Replace("year: { total: 1000 }", "year: { total: 190,000 }", StringComparison.Ordinal);
        var d = Expect(text, 31, "        year: { total: 190,000 }", "000 }", DiagnosticCodes.UnknownField);
        Assert.Contains("unknown field '000'", d.Message);
        Assert.Contains("thousands separator? 190,000", d.Message);
        Assert.Contains("190000", d.Expected);
    }

    [Fact]
    public void Values_that_merely_follow_each_other_are_not_taken_for_a_thousands_separator()
    {
        var line = "      - { code: \"208\", name: 社会保障和就业支出, values: [1, 806.23, 4.00] }";
        var d = Expect(MinimalReport.WithLine(24, line), 24, line, "[1,", DiagnosticCodes.ValueCountMismatch);
        Assert.DoesNotContain("thousands", d.Message);
    }

    [Theory]
    [InlineData("../../x")]
    [InlineData("zh-CN/../../secrets")]
    [InlineData("\"zh-CN\\n\"")]
    public void A_language_that_is_not_a_language_tag_is_an_error_in_site_yaml(string language)
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        File.WriteAllText(Path.Combine(scratch.Content, "site.yaml"), $"title: 测试\nlanguage: {language}\n");
        var d = Assert.Single(CheckAndBuild.Agreeing(scratch.Content));
        Assert.Equal((DiagnosticCodes.InvalidLanguage, 2, "language: ".Length + 1), (d.Code, d.Location.Line, d.Location.Column));
        Assert.EndsWith("site.yaml", d.Location.File);
    }

    [Fact]
    public void A_language_the_theme_has_no_strings_for_is_reported_at_site_yaml()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        File.WriteAllText(Path.Combine(scratch.Content, "site.yaml"), "title: 测试\nlanguage: fr-FR\n");
        Assert.Empty(CheckAndBuild.Check(scratch.Content).Diagnostics);
        var d = Assert.Single(CheckAndBuild.Build(scratch.Content).Diagnostics);
        Assert.Equal((DiagnosticCodes.ThemeProblem, 2, "language: ".Length + 1), (d.Code, d.Location.Line, d.Location.Column));
        Assert.EndsWith("site.yaml", d.Location.File);
        Assert.Contains("strings/fr-FR.yaml", d.Message);
    }
}
