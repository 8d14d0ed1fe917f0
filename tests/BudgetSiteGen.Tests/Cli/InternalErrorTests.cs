using System.CommandLine;
using BudgetSiteGen.Cli;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Cli;

/// <summary>
/// Scripts tell a defect of BudgetSiteGen from a mistake in the content by the exit code: 70 for the first,
/// 1 for the second. A defect says it is one and how to report it, with its stack trace; a mistake in the
/// content or the theme is a located diagnostic without one.
/// </summary>
public sealed class InternalErrorTests
{
    /// <summary>The real command line with one more command whose action fails as a defect would.</summary>
    private static RootCommand WithFailingCommand()
    {
        var root = BudgetSiteGenCommand.Root();
        var failing = new Command("fail-for-test");
        failing.SetAction(Fail);
        root.Subcommands.Add(failing);
        return root;

        static int Fail(ParseResult parse) => throw new InvalidOperationException("a defect planted by the test");
    }

    [Fact]
    public void An_unexpected_exception_exits_70_and_says_it_is_a_bug_to_report()
    {
        var error = new StringWriter();

        var code = BudgetSiteGenCommand.Run(WithFailingCommand(), ["fail-for-test"], error);

        Assert.Equal(70, code);
        var lines = error.ToString().Split('\n');
        Assert.Equal("internal error: InvalidOperationException: a defect planted by the test", lines[0].TrimEnd('\r'));
        Assert.Equal("This is a bug in BudgetSiteGen, not a mistake in your content or command.", lines[1].TrimEnd('\r'));
        Assert.StartsWith("Please report it to the BudgetSiteGen maintainers with the command you ran, the version (", lines[2]);
        Assert.Contains(lines, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_usage_error_still_exits_2_without_calling_it_a_bug()
    {
        var error = new StringWriter();

        var code = BudgetSiteGenCommand.Run(WithFailingCommand(), ["build", "--no-such-option"], error);

        Assert.Equal(2, code);
        Assert.DoesNotContain("bug", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_calls_a_missing_partial_is_a_theme_error_with_exit_1_not_a_bug()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        var overrides = Path.Combine(scratch.Content, "theme-overrides", "pages");
        Directory.CreateDirectory(overrides);
        File.WriteAllText(Path.Combine(overrides, "home.sbn-html"), "<main>{{ include 'no-such-partial' }}</main>\n");

        var run = Support.Cli.Invoke(scratch.Root, "build");

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}; stderr:\n{run.StdErr}");
        Assert.Contains("pages/home.sbn-html:1:10: error BSG188: the template failed while rendering a page: the theme has no partial 'no-such-partial'", run.StdErr);
        Assert.DoesNotContain("bug", run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(scratch.Root, "output")));
    }
}
