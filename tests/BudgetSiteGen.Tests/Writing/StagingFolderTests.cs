using System.Diagnostics;
using BudgetSiteGen.Building;
using BudgetSiteGen.Tests.Support;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Tests.Writing;

/// <summary>
/// A build killed halfway leaves its staging folder beside the output. The next build removes it — but
/// only a folder with a staging name, the marker inside and no running process of its id: nothing the
/// tool did not create is deleted, and a build still running keeps its folder.
/// </summary>
public sealed class StagingFolderTests
{
    private static BuildResult Build(ScratchContent scratch, string output) =>
        SiteBuilder.Build(new BuildOptions(scratch.Content, output, Repository.Themes), SilentProgress.Instance);

    private static string Folder(string path, bool marked)
    {
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "index.html"), "left behind");
        if (marked)
        {
            OutputMarker.Write(path);
        }

        return path;
    }

    /// <summary>The id of a process that has ended.</summary>
    private static int EndedProcess()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    [Fact]
    public void The_next_build_removes_staging_folders_of_killed_builds_and_nothing_else()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        var output = Path.Combine(scratch.Root, "output");
        var dead = EndedProcess();
        var id = Guid.NewGuid().ToString("N");
        var stale = Folder(Path.Combine(scratch.Root, $".output.staging-{dead}-{id}"), marked: true);
        var staleSetAside = Folder(Path.Combine(scratch.Root, $".output.previous-{dead}-{id}"), marked: true);
        var unmarked = Folder(Path.Combine(scratch.Root, $".output.staging-{dead}-{Guid.NewGuid():N}"), marked: false);
        var otherOutput = Folder(Path.Combine(scratch.Root, $".site.staging-{dead}-{id}"), marked: true);
        var otherName = Folder(Path.Combine(scratch.Root, $".output.staging-{dead}-not-an-id"), marked: true);
        var running = Folder(Path.Combine(scratch.Root, $".output.staging-1-{id}"), marked: true);
        Directory.CreateDirectory(output);

        Assert.True(Build(scratch, output).Succeeded);

        Assert.False(Directory.Exists(stale), "the stale staging folder is still there");
        Assert.False(Directory.Exists(staleSetAside), "the stale set-aside site is still there");
        Assert.All([unmarked, otherOutput, otherName, running], folder => Assert.True(File.Exists(Path.Combine(folder, "index.html")), $"{folder} was deleted"));
    }

    [Fact]
    public void A_site_set_aside_by_a_build_killed_between_two_renames_is_put_back_when_the_output_is_missing()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        var output = Path.Combine(scratch.Root, "output");
        Assert.True(Build(scratch, output).Succeeded);
        var site = SiteFolders(output);
        var setAside = Path.Combine(scratch.Root, $".output.previous-{EndedProcess()}-{Guid.NewGuid():N}");
        Directory.Move(output, setAside);

        // Put back before anything is read: a build that fails at once on its shared files still restores it.
        File.Delete(Path.Combine(scratch.Content, "jurisdictions.yaml"));
        Assert.False(Build(scratch, output).Succeeded);

        Assert.Equal(site, SiteFolders(output));
        Assert.False(Directory.Exists(setAside));
    }

    [Fact]
    public void The_exchange_swaps_two_folders_in_one_step_on_linux_and_leaves_them_alone_elsewhere()
    {
        using var scratch = new ScratchContent();
        var (first, second) = (Folder(Path.Combine(scratch.Root, "first"), marked: false), Path.Combine(scratch.Root, "second"));
        Directory.CreateDirectory(second);
        File.WriteAllText(Path.Combine(second, "other.html"), "second");

        var exchanged = FolderExchange.TryExchange(first, second);

        Assert.Equal(OperatingSystem.IsLinux(), exchanged);
        var (inFirst, inSecond) = exchanged ? ("other.html", "index.html") : ("index.html", "other.html");
        Assert.Equal([inFirst], Directory.EnumerateFiles(first).Select(Path.GetFileName));
        Assert.Equal([inSecond], Directory.EnumerateFiles(second).Select(Path.GetFileName));
    }

    private static SortedDictionary<string, string> SiteFolders(string folder) => Building.SiteFolders.Files(folder);
}
