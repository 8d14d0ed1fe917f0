using BudgetSiteGen.Cli;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Cli;

/// <summary>What a diagnostic prints cannot be forged by the content: one diagnostic is its own lines, no more.</summary>
public sealed class DiagnosticPrinterTests
{
    private static string[] Printed(Diagnostic diagnostic)
    {
        using var writer = new StringWriter();
        DiagnosticPrinter.Print([diagnostic], writer);
        return writer.ToString().Split(writer.NewLine, StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void A_file_name_with_a_newline_cannot_forge_a_diagnostic_line()
    {
        var file = "content/reports/a.yaml\ncontent/reports/b.yaml:1:1: error BSG999: forged";
        var lines = Printed(new Diagnostic(DiagnosticCodes.EmptyFile, Severity.Error, SourceLocation.StartOf(file), "the file is empty."));
        var line = Assert.Single(lines);
        Assert.StartsWith("content/reports/a.yaml\\ncontent/reports/b.yaml:1:1: error BSG999: forged:1:1: error BSG101:", line);
    }

    [Fact]
    public void Control_characters_of_a_message_and_its_source_line_are_shown_escaped()
    {
        var d = new Diagnostic(DiagnosticCodes.UnknownField, Severity.Error, new SourceLocation("a.yaml", 1, 6), "unknown field 'a\u001b[2Jb\rc'.", "one of: x")
        {
            SourceLine = "\"a\u001b[2Jb\": 1",
        };
        var lines = Printed(d);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, line => Assert.DoesNotContain(line, c => char.IsControl(c) && c != '\t'));
        Assert.Contains("'a\\u001B[2Jb\\rc'", lines[0]);
        Assert.Equal("  1 | \"a\\u001B[2Jb\": 1", lines[1]);

        // The caret sits under column 6 ("J"), past the six characters the escape of column 3 shows.
        Assert.Equal("    | " + new string(' ', "\"a\\u001B[2".Length) + "^", lines[2]);
    }

    [Fact]
    public void A_report_file_named_with_a_newline_prints_one_line_per_diagnostic_from_the_command()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml\nfake.yaml:1:1: error BSG999: forged.yaml", string.Empty);
        var run = Support.Cli.Invoke(scratch.Root, "check");
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(run.StdErr.Split('\n'), line => line.StartsWith("fake.yaml", StringComparison.Ordinal));
        Assert.Contains("content/reports/a.yaml\\nfake.yaml:1:1: error BSG999: forged.yaml:1:1: error BSG101", run.StdErr);
    }
}
