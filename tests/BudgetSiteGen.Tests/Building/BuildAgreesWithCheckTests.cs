using System.Text;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Building;

/// <summary>
/// `build` groups report files by department with a quick read before loading them in full; whatever a file
/// holds, it must report exactly what `check` reports, never throw. Positions are worked out from the text.
/// </summary>
public sealed class BuildAgreesWithCheckTests
{
    [Fact]
    public void An_empty_report_file_beside_a_good_one_is_reported_by_build_as_by_check()
    {
        using var scratch = new ScratchContent();
        scratch.Report("zezhou/dpf/2024-budget.yaml", MinimalReport.Text);
        scratch.Report("empty.yaml", string.Empty);
        var d = Assert.Single(CheckAndBuild.Agreeing(scratch.Content));
        Assert.Equal((DiagnosticCodes.EmptyFile, 1, 1), (d.Code, d.Location.Line, d.Location.Column));
        Assert.EndsWith("reports/empty.yaml", d.Location.File);
    }

    [Fact]
    public void A_jurisdiction_missing_from_the_shared_list_is_reported_by_build_as_by_check()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.WithLine(7, "jurisdiction: \"999999\""));
        var d = Assert.Single(CheckAndBuild.Agreeing(scratch.Content));
        Assert.Equal((DiagnosticCodes.UnknownJurisdiction, 7, "jurisdiction: ".Length + 1), (d.Code, d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void A_syntax_error_before_the_department_is_reported_by_build_as_by_check()
    {
        // "kind: budget: x": a second colon in a plain value; YAML stops at it.
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.WithLine(3, "  kind: budget: x"));
        var d = Assert.Single(CheckAndBuild.Agreeing(scratch.Content));
        Assert.Equal((DiagnosticCodes.MalformedYaml, 3, "  kind: budget".Length + 1), (d.Code, d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void A_json_report_saved_with_a_byte_order_mark_loads_and_builds()
    {
        using var scratch = new ScratchContent();
        scratch.ReportBytes("a.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(MinimalReport.Json)]);
        Assert.Empty(CheckAndBuild.Agreeing(scratch.Content));
    }

    [Fact]
    public void A_byte_order_mark_does_not_move_the_position_of_a_json_error()
    {
        using var scratch = new ScratchContent();
        var line = "  \"jurisdiction\": \"999999\",";
        scratch.ReportBytes("a.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(MinimalReport.WithLine(MinimalReport.Json, 4, line))]);
        var d = Assert.Single(CheckAndBuild.Agreeing(scratch.Content));
        Assert.Equal((DiagnosticCodes.UnknownJurisdiction, 4, line.IndexOf("\"999999\"", StringComparison.Ordinal) + 1), (d.Code, d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void A_yaml_report_saved_with_a_byte_order_mark_is_grouped_with_its_department()
    {
        using var scratch = new ScratchContent();
        scratch.ReportBytes("a.yaml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(MinimalReport.Text)]);
        Assert.Empty(CheckAndBuild.Agreeing(scratch.Content));
    }

    [Fact]
    public void A_blank_department_slug_means_none_in_build_as_in_check()
    {
        // The quick read once took "~" for a slug of its own and failed the build of a file check passed.
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.WithLine(11, "  kind: dpf\n  slug: ~"));
        Assert.Empty(CheckAndBuild.Agreeing(scratch.Content));
    }

    [Fact]
    public void A_report_the_quick_read_cannot_place_is_built_with_its_department()
    {
        // A number for the jurisdiction in JSON is read as its text by the full load, not by the quick read.
        using var scratch = new ScratchContent();
        scratch.Report("a.json", MinimalReport.WithLine(MinimalReport.Json, 4, "  \"jurisdiction\": 140525,"));
        Assert.Empty(CheckAndBuild.Agreeing(scratch.Content));
    }

    [Theory]
    [InlineData("index")]
    [InlineData("department")]
    public void A_card_id_that_is_the_name_of_another_page_is_an_error_in_check_and_build(string id)
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text + MinimalReport.Card.Replace("child-rehab", id, StringComparison.Ordinal));
        var d = Assert.Single(CheckAndBuild.Agreeing(scratch.Content));
        Assert.Equal((DiagnosticCodes.ReservedId, 27, "    - id: ".Length + 1), (d.Code, d.Location.Line, d.Location.Column));
        Assert.Contains($"'{id}'", d.Message);
    }

    [Theory]
    [InlineData(0, "assets:\n  as_of: 2023-12-31")] // a plain date was written into the JSON download as a number
    [InlineData(9, "  code: 059")] // a plain code keeps its leading zero, as text
    [InlineData(24, "      - { code: \"208\", name: 社会保障和就业支出, values: [-010.00, 4.00] }")] // JSON has no leading zeros
    public void A_plain_value_that_is_no_json_number_builds_as_it_checks(int line, string text)
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", line == 0 ? MinimalReport.Text + "\n" + text : MinimalReport.WithLine(line, text));
        Assert.Empty(CheckAndBuild.Agreeing(scratch.Content));
    }

    [Fact]
    public void The_minimal_report_with_a_card_builds()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text + MinimalReport.Card);
        Assert.Empty(CheckAndBuild.Agreeing(scratch.Content));
    }

    [Fact]
    public void Reports_of_a_broken_shared_list_are_still_read_by_build_as_by_check()
    {
        using var scratch = new ScratchContent();
        File.WriteAllText(Path.Combine(scratch.Content, "site.yaml"), "title: 测试\ntitel: x\n");
        scratch.Report("a.yaml", MinimalReport.WithLine(5, "  titel: 测试报告"));
        var diagnostics = CheckAndBuild.Agreeing(scratch.Content);
        Assert.Contains(diagnostics, d => d.Location.File.EndsWith("site.yaml", StringComparison.Ordinal) && (d.Code, d.Location.Line, d.Location.Column) == (DiagnosticCodes.UnknownField, 2, 1));
        Assert.Contains(diagnostics, d => d.Location.File.EndsWith("a.yaml", StringComparison.Ordinal) && (d.Code, d.Location.Line, d.Location.Column) == (DiagnosticCodes.UnknownField, 5, 3));
    }
}
