using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.MarkdownSafety;

/// <summary>
/// Whoever wrote a script address into a report learns it did not become a link: `check` and `build` warn,
/// naming the file, the field, and the place, and the report is still published.
/// </summary>
public sealed class RefusedAddressDiagnosticsTests
{
    private const string Narrative = """

        narrative:
          - id: income
            title: 收入预算情况说明
            body: |
              收入说明。
              详见[附件](JavaScript:alert(1))。
        """;

    [Fact]
    public void A_script_link_in_a_narrative_body_is_a_warning_at_the_body_naming_the_item_and_the_report_still_loads()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text + Narrative);
        var result = ContentLoader.Load(scratch.Content);

        Assert.NotNull(result.Content);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.RefusedLinkAddress, Severity.Warning), (warning.Code, warning.Severity));
        // The block scalar's value starts at its '|'.
        var lines = (MinimalReport.Text + Narrative).Split('\n').ToList();
        var bodyLine = lines.FindIndex(l => l.Contains("body: |", StringComparison.Ordinal));
        Assert.Equal((bodyLine + 1, lines[bodyLine].IndexOf('|', StringComparison.Ordinal) + 1), (warning.Location.Line, warning.Location.Column));
        Assert.EndsWith("a.yaml", warning.Location.File);
        Assert.Contains("narrative[income].body", warning.Message);
        Assert.Contains("'JavaScript:alert(1)'", warning.Message);
        Assert.Contains("line 2, column 3 of the text", warning.Message);
        Assert.False(string.IsNullOrWhiteSpace(warning.Expected));
    }

    [Fact]
    public void Check_prints_the_warning_and_still_passes()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text + Narrative);
        var run = Support.Cli.Invoke(scratch.Root, "check", "--content", scratch.Content);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning BSG180: narrative[income].body links to 'JavaScript:alert(1)'", run.StdErr);
    }

    [Fact]
    public void Script_links_and_foreign_images_in_card_and_overview_fields_are_warned_about_by_field()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text + """

            overview:
              duties: "[职责](java&#x09;script:alert(1))"
            performance:
              cards:
                - id: rehab
                  name: 康复
                  funds:
                    period: { total: 100 }
                    year: { total: 100 }
                  plan: "![图](https://example.org/p.png)"
                  goals:
                    year: "[目标][r]\n\n[r]: vbscript:msgbox(1)"
                  indicators:
                    period: []
                    year: []
            """);
        var warnings = ContentLoader.Load(scratch.Content).Diagnostics.Select(d => (d.Code, d.Severity, Field: d.Message.Split(' ')[0])).ToList();

        Assert.Equal(
            [
                (DiagnosticCodes.RefusedLinkAddress, Severity.Warning, "overview.duties"),
                (DiagnosticCodes.RefusedImageAddress, Severity.Warning, "performance.cards[rehab].plan"),
                (DiagnosticCodes.RefusedLinkAddress, Severity.Warning, "performance.cards[rehab].goals.year"),
            ],
            warnings.ToArray());
    }

    [Fact]
    public void A_text_with_more_script_links_than_the_diagnostic_limit_still_loads()
    {
        using var scratch = new ScratchContent();
        var links = string.Concat(Enumerable.Repeat("[x](javascript:a) ", 150));
        scratch.Report("a.yaml", MinimalReport.Text + $"\noverview:\n  duties: \"{links}\"\n");
        var result = ContentLoader.Load(scratch.Content);

        Assert.NotNull(result.Content);
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains("more problems in this file were not listed", result.Diagnostics[^1].Message);
    }
}
