using BudgetSiteGen.Tests.Building;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Cli;

/// <summary>
/// A build replaces its output folder as a whole, so the folder given with --output must be one whose loss
/// costs nothing: new, empty, or a site BudgetSiteGen built. Anything else — the content itself, the folder
/// the command runs in, a folder of other files — is refused with exit code 3 before a byte is written.
/// </summary>
public sealed class OutputFolderTests
{
    private static ScratchContent ContentWithOneReport()
    {
        var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        return scratch;
    }

    [Theory]
    [InlineData("content", "is the content folder")]
    [InlineData(".", "holds the content folder")]
    [InlineData("content/reports", "is inside the content folder")]
    public void Build_refuses_to_write_its_site_over_the_content(string output, string why)
    {
        using var scratch = ContentWithOneReport();
        var before = SiteFolders.Files(scratch.Root);

        var run = Support.Cli.Invoke(scratch.Root, "build", "--output", output);

        Assert.True(run.ExitCode == 3, $"exit {run.ExitCode}; stderr:\n{run.StdErr}");
        Assert.Contains($"{output}:1:1: error BSG171: the output folder '{output}' {why}", run.StdErr);
        Assert.Contains("expected: ", run.StdErr);
        Assert.Equal(before, SiteFolders.Files(scratch.Root));
        Assert.Equal(["content"], Directory.EnumerateFileSystemEntries(scratch.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_parent_of_the_folder_the_command_runs_in_is_refused()
    {
        using var scratch = ContentWithOneReport();
        var work = Path.Combine(scratch.Root, "work");
        Directory.CreateDirectory(work);

        var run = Support.Cli.Invoke(work, "build", "--content", "../content", "--output", "..");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("error BSG171", run.StdErr);
        Assert.Contains("holds the content folder", run.StdErr);
        Assert.True(File.Exists(Path.Combine(scratch.Content, "reports", "a.yaml")));
    }

    [Fact]
    public void A_symbolic_link_to_the_content_folder_is_the_content_folder()
    {
        using var scratch = ContentWithOneReport();
        Directory.CreateSymbolicLink(Path.Combine(scratch.Root, "site"), scratch.Content);

        var run = Support.Cli.Invoke(scratch.Root, "build", "--output", "site");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("site:1:1: error BSG171: the output folder 'site' is the content folder", run.StdErr);
        Assert.True(File.Exists(Path.Combine(scratch.Content, "reports", "a.yaml")));
    }

    [Fact]
    public void A_folder_of_other_files_is_refused_and_kept_as_it_was()
    {
        using var scratch = ContentWithOneReport();
        var notes = Path.Combine(scratch.Root, "notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "minutes.txt"), "keep me");

        var run = Support.Cli.Invoke(scratch.Root, "build", "--output", "notes");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("notes:1:1: error BSG172: the output folder 'notes' is not empty and is not a site BudgetSiteGen built", run.StdErr);
        Assert.Contains("expected: an empty or new folder; or delete this one yourself", run.StdErr);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(notes, "minutes.txt")));
        Assert.Single(Directory.EnumerateFileSystemEntries(notes));
    }

    [Fact]
    public void A_file_given_as_the_output_folder_is_refused()
    {
        using var scratch = ContentWithOneReport();
        File.WriteAllText(Path.Combine(scratch.Root, "site"), "a file");

        var run = Support.Cli.Invoke(scratch.Root, "build", "--output", "site");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("error BSG173: the output folder 'site' is a file, not a folder.", run.StdErr);
        Assert.Equal("a file", File.ReadAllText(Path.Combine(scratch.Root, "site")));
    }

    [Fact]
    public void A_site_built_before_is_replaced_and_so_is_one_built_before_the_marker_existed()
    {
        using var scratch = ContentWithOneReport();
        Assert.Equal(0, Support.Cli.Invoke(scratch.Root, "build").ExitCode);
        var output = Path.Combine(scratch.Root, "output");
        Assert.True(File.Exists(Path.Combine(output, ".budgetsitegen")));
        Assert.Equal(0, Support.Cli.Invoke(scratch.Root, "build", "--no-cache").ExitCode);

        // An older version wrote no marker; its manifest listing every file in the folder shows it is a site.
        File.Delete(Path.Combine(output, ".budgetsitegen"));
        var again = Support.Cli.Invoke(scratch.Root, "build", "--no-cache");
        Assert.True(again.ExitCode == 0, again.StdErr);
        Assert.True(File.Exists(Path.Combine(output, ".budgetsitegen")));

        // Without the marker, a file the manifest does not list means someone put it there.
        File.Delete(Path.Combine(output, ".budgetsitegen"));
        File.WriteAllText(Path.Combine(output, "added-by-hand.html"), "mine");
        var refused = Support.Cli.Invoke(scratch.Root, "build", "--no-cache");
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("error BSG172", refused.StdErr);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "added-by-hand.html")));
    }

    [Fact]
    public void Merge_refuses_to_write_over_one_of_its_parts_or_the_content()
    {
        using var scratch = ContentWithOneReport();
        Assert.Equal(0, Support.Cli.Invoke(scratch.Root, "build", "--shard", "1/1", "--output", "part").ExitCode);
        var part = SiteFolders.Files(Path.Combine(scratch.Root, "part"));

        var overPart = Support.Cli.Invoke(scratch.Root, "merge", "--output", "part", "part");
        var overContent = Support.Cli.Invoke(scratch.Root, "merge", "--output", "content", "part");

        Assert.Equal((3, 3), (overPart.ExitCode, overContent.ExitCode));
        Assert.Contains("error BSG171: the output folder 'part' is a part being merged", overPart.StdErr);
        Assert.Contains("error BSG171: the output folder 'content' is the content folder", overContent.StdErr);
        Assert.Equal(part, SiteFolders.Files(Path.Combine(scratch.Root, "part")));
    }

    [Fact]
    public void Archive_refuses_a_bag_folder_that_is_the_content_or_not_a_bag_and_replaces_its_own_bag()
    {
        using var scratch = ContentWithOneReport();
        var content = SiteFolders.Files(scratch.Content);
        var papers = Path.Combine(scratch.Root, "papers");
        Directory.CreateDirectory(papers);
        File.WriteAllText(Path.Combine(papers, "letter.txt"), "keep me");

        var overContent = Support.Cli.Invoke(scratch.Root, "archive", "--bag", "content");
        var overPapers = Support.Cli.Invoke(scratch.Root, "archive", "--bag", "papers");
        var first = Support.Cli.Invoke(scratch.Root, "archive", "--bag", "bag");
        var second = Support.Cli.Invoke(scratch.Root, "archive", "--bag", "bag");

        Assert.Equal(3, overContent.ExitCode);
        Assert.Contains("error BSG171: the bag folder 'content' is the content folder", overContent.StdErr);
        Assert.Equal(content, SiteFolders.Files(scratch.Content));
        Assert.Equal(3, overPapers.ExitCode);
        Assert.Contains("error BSG172: the bag folder 'papers' is not empty and is not a bag BudgetSiteGen wrote", overPapers.StdErr);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(papers, "letter.txt")));
        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first.StdErr + second.StdErr);
        Assert.True(File.Exists(Path.Combine(scratch.Root, "bag.zip")));
    }

    [Fact]
    public void Archive_refuses_to_overwrite_a_zip_that_is_not_its_bag()
    {
        using var scratch = ContentWithOneReport();
        File.WriteAllText(Path.Combine(scratch.Root, "bag.zip"), "someone else's file");

        var run = Support.Cli.Invoke(scratch.Root, "archive", "--bag", "bag");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("bag.zip:1:1: error BSG172: 'bag.zip' exists and is not the zip of a bag BudgetSiteGen wrote", run.StdErr);
        Assert.Equal("someone else's file", File.ReadAllText(Path.Combine(scratch.Root, "bag.zip")));
        Assert.False(Directory.Exists(Path.Combine(scratch.Root, "bag")));
    }

    [Fact]
    public void Serve_refuses_the_content_folder_as_its_output_and_stops()
    {
        using var scratch = ContentWithOneReport();
        var before = SiteFolders.Files(scratch.Content);

        var run = Support.Cli.Invoke(scratch.Root, "serve", "--output", "content", "--port", "0");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("error BSG171: the output folder 'content' is the content folder", run.StdErr);
        Assert.Equal(before, SiteFolders.Files(scratch.Content));
    }
}
