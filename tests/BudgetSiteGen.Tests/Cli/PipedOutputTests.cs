using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Cli;

/// <summary>
/// Output read by a script or kept in a CI log is not a terminal and has no width: a line is one line,
/// however long, so a grep for the output path or a message finds it whole.
/// </summary>
public sealed class PipedOutputTests
{
    [Fact]
    public void The_build_summary_is_one_line_however_long_the_output_path()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        var output = Path.Combine(scratch.Root, "a-rather-long-output-folder-name-" + new string('x', 60));

        var run = Support.Cli.Invoke(scratch.Root, "build", "--output", output);

        Assert.True(run.ExitCode == 0, run.StdErr);
        var summary = Assert.Single(run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("built ", summary);
        Assert.EndsWith($"→ {output}", summary.TrimEnd('\r'));
    }

    [Fact]
    public void Help_keeps_each_option_on_one_line()
    {
        var run = Support.Cli.Invoke(Repository.Root, "build", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.StdOut.Split('\n'), line =>
            line.Contains("--no-cache", StringComparison.Ordinal) && line.TrimEnd().EndsWith("from the previous build.", StringComparison.Ordinal));
    }
}
