using BudgetSiteGen.Building;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.SiteTests.Support;

namespace BudgetSiteGen.SiteTests.Build;

/// <summary>
/// A mistake in one data file must never take the published site down or leave it half-written: the
/// build fails (exit code 1 for scripts and CI) and the previous output stays exactly as it was, with
/// no staging folder left beside it.
/// </summary>
public sealed class FailedBuildTests
{
    [Fact]
    public void A_broken_data_file_fails_the_build_and_leaves_the_previous_output_unchanged()
    {
        using var scratch = new ScratchFolder("failed-build");
        var content = scratch.Combine("content");
        var output = scratch.Combine("output");
        FolderCopy.Recursive(RepositoryFolders.Content, content);
        var options = new BuildOptions(content, output, RepositoryFolders.Themes);
        var first = SiteBuilder.Build(options, SilentProgress.Instance);
        Assert.True(first.Succeeded, "the first build, of the unbroken content, failed: " + Describe(first.Diagnostics));
        var before = SiteSnapshot.Of(output);
        var beside = Entries(scratch.Root);
        Assert.True(before.Count > 0, "the first build wrote no file");

        var broken = BrokenReport.BreakFirstAmount(content);
        var library = SiteBuilder.Build(options, SilentProgress.Instance);
        Assert.False(library.Succeeded, $"SiteBuilder.Build succeeded although {broken} has text for an amount");
        Assert.Contains(library.Diagnostics, d => d.Severity == Severity.Error && d.Location.File.EndsWith(Path.GetFileName(broken), StringComparison.Ordinal));
        AssertUnchanged(before, output, "SiteBuilder.Build");
        Assert.Equal(beside, Entries(scratch.Root));

        var cli = BudgetSiteGenCli.Invoke("build", "--content", content, "--output", output, "--themes", RepositoryFolders.Themes);
        Assert.True(cli.ExitCode == 1, $"budgetsitegen build exited {cli.ExitCode}, not 1; stderr:\n{cli.StdErr}\nstdout:\n{cli.StdOut}");
        AssertUnchanged(before, output, "budgetsitegen build");
        Assert.Equal(beside, Entries(scratch.Root));
    }

    private static void AssertUnchanged(SiteSnapshot before, string output, string how)
    {
        var differences = before.DifferencesFrom(SiteSnapshot.Of(output), "the previous output", $"the output after the failed {how}");
        Assert.True(differences.Count == 0, $"the failed {how} changed the output:\n  " + string.Join("\n  ", differences.Take(50)));
    }

    /// <summary>The names in the folder holding the output, to see that no staging or retired folder is left behind.</summary>
    private static List<string> Entries(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    private static string Describe(IReadOnlyList<Diagnostic> diagnostics) =>
        string.Join("; ", diagnostics.Select(d => $"{d.Code} {d.Location} {d.Message}"));
}
