using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Loading;

/// <summary>
/// Input on which the parsers themselves fail with exceptions of their own making is reported like any other
/// malformed file: a located BSG102 or BSG103, never a stack trace.
/// </summary>
public sealed class ParserFailureTests
{
    private static Diagnostic Only(string fileName, string text, string code)
    {
        var d = Load.Single(fileName, text, code);
        Assert.False(string.IsNullOrWhiteSpace(d.Expected));
        return d;
    }

    [Fact]
    public void A_flow_list_whose_next_line_is_not_indented_is_malformed_yaml_where_the_parser_stopped()
    {
        // 15 bytes on which YamlDotNet's scanner throws InvalidOperationException; it stops at "z" on line 3.
        var d = Only("a.yaml", "x: [a\n  b\nz: 1\n", DiagnosticCodes.MalformedYaml);
        Assert.Equal((3, 1), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void A_bare_carriage_return_inside_a_flow_value_is_a_line_break_and_reported_where_the_parser_stopped()
    {
        // The CR ends line 1 as YAML says it does; "b" then starts line 2 without indentation.
        var d = Only("a.yaml", "x: [a\rb]\n", DiagnosticCodes.MalformedYaml);
        Assert.Equal((2, 1), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void An_escape_character_inside_a_flow_value_is_refused_at_its_place()
    {
        var d = Only("a.yaml", "x: [a\u001bb]\n", DiagnosticCodes.MalformedYaml);
        Assert.Equal((1, "x: [a".Length + 1), (d.Location.Line, d.Location.Column));
        Assert.Contains("U+001B (ESC)", d.Message);
    }

    [Fact]
    public void A_nul_character_in_yaml_is_refused_at_its_place()
    {
        var text = MinimalReport.WithLine(5, "  title: 测试\0报告");
        var d = Only("a.yaml", text, DiagnosticCodes.MalformedYaml);
        Assert.Equal((5, "  title: 测试".Length + 1), (d.Location.Line, d.Location.Column));
        Assert.Contains("U+0000 (NUL)", d.Message);
    }

    [Theory]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    [InlineData('\u0085')]
    public void A_line_break_of_yaml_1_1_only_is_refused_at_its_place_without_moving_the_lines(char separator)
    {
        // YamlDotNet would end the line there; an editor does not, so the file would not mean what it shows.
        var text = MinimalReport.WithLine(5, $"  title: 测试{separator}报告");
        var d = Only("a.yaml", text, DiagnosticCodes.MalformedYaml);
        Assert.Equal((5, "  title: 测试".Length + 1), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void A_lone_surrogate_escape_in_a_json_string_is_malformed_json_at_the_string()
    {
        var line = "  \"jurisdiction\": \"\\ud800\",";
        var d = Only("a.json", MinimalReport.WithLine(MinimalReport.Json, 4, line), DiagnosticCodes.MalformedJson);
        Assert.Equal((4, line.IndexOf("\"\\ud800\"", StringComparison.Ordinal) + 1), (d.Location.Line, d.Location.Column));
        Assert.Contains("surrogate", d.Message);
    }

    [Fact]
    public void A_lone_surrogate_escape_in_a_json_field_name_is_malformed_json_at_the_name()
    {
        var line = "  \"\\udc00\": 1,";
        var d = Only("a.json", MinimalReport.WithLine(MinimalReport.Json, 2, line), DiagnosticCodes.MalformedJson);
        Assert.Equal((2, 3), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void A_lone_surrogate_escape_in_a_yaml_string_is_malformed_yaml()
    {
        var d = Only("a.yaml", MinimalReport.WithLine(5, "  title: \"\\ud800\""), DiagnosticCodes.MalformedYaml);
        Assert.Equal((5, "  title: ".Length + 1), (d.Location.Line, d.Location.Column));
    }
}
