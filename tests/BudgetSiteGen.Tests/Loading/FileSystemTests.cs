using System.Text;
using BudgetSiteGen.Building;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Rendering;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Loading;

/// <summary>
/// What the content folder holds besides regular files: FIFOs, sockets, devices, links out of the folder and
/// folders that cannot be read are each a located diagnostic, and none can hang a run, exhaust its memory or
/// publish a file from elsewhere on the machine.
/// </summary>
public sealed class FileSystemTests
{
    private static Diagnostic Only(ScratchContent scratch, string code, string fileEnd)
    {
        var diagnostics = CheckAndBuild.Agreeing(scratch.Content);
        var d = Assert.Single(diagnostics);
        Assert.Equal((code, 1, 1), (d.Code, d.Location.Line, d.Location.Column));
        Assert.EndsWith(fileEnd, d.Location.File);
        return d;
    }

    [Fact]
    public void A_fifo_named_like_a_report_is_refused_without_waiting_for_a_writer()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        SpecialFiles.Fifo(Path.Combine(scratch.Content, "reports", "x.yaml"));
        var d = Only(scratch, DiagnosticCodes.NotARegularFile, "reports/x.yaml");
        Assert.Contains("FIFO", d.Message);
    }

    [Fact]
    public void A_socket_named_like_a_report_is_refused()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        using var socket = SpecialFiles.Socket(Path.Combine(scratch.Content, "reports", "s.yaml"));
        var d = Only(scratch, DiagnosticCodes.NotARegularFile, "reports/s.yaml");
        Assert.Contains("socket", d.Message);
    }

    [Fact]
    public void A_device_is_refused_without_being_read()
    {
        var (bytes, problem) = BoundedFile.Read("/dev/zero", ContentFileReader.MaxFileBytes);
        Assert.Null(bytes);
        Assert.Equal(DiagnosticCodes.NotARegularFile, problem!.Code);
        Assert.Contains("character device", problem.Message);
    }

    [Fact]
    public void A_link_to_a_device_outside_the_content_folder_is_refused()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        File.CreateSymbolicLink(Path.Combine(scratch.Content, "reports", "z.yaml"), "/dev/zero");
        Only(scratch, DiagnosticCodes.LinkLeavesFolder, "reports/z.yaml");
    }

    [Fact]
    public void A_link_to_a_report_outside_the_content_folder_is_refused_and_not_published()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        var outside = Path.Combine(scratch.Root, "outside.yaml");
        File.WriteAllText(outside, MinimalReport.WithLine(10, "  name: 外面的部门"));
        File.CreateSymbolicLink(Path.Combine(scratch.Content, "reports", "b.yaml"), outside);
        Only(scratch, DiagnosticCodes.LinkLeavesFolder, "reports/b.yaml");
    }

    [Fact]
    public void A_link_to_a_folder_outside_the_content_folder_is_refused()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        var outside = Directory.CreateDirectory(Path.Combine(scratch.Root, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(outside, "b.yaml"), MinimalReport.WithLine(11, "  kind: dpf\n  slug: other"));
        Directory.CreateSymbolicLink(Path.Combine(scratch.Content, "reports", "more"), outside);
        Only(scratch, DiagnosticCodes.LinkLeavesFolder, "reports/more");
    }

    [Fact]
    public void A_link_to_the_environment_of_the_process_is_refused_and_never_printed()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        File.CreateSymbolicLink(Path.Combine(scratch.Content, "reports", "e.yaml"), "/proc/self/environ");
        var d = Only(scratch, DiagnosticCodes.LinkLeavesFolder, "reports/e.yaml");
        Assert.Null(d.SourceLine);
        Assert.DoesNotContain("PATH=", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_within_the_content_folder_is_followed()
    {
        using var scratch = new ScratchContent();
        var real = scratch.Report("zezhou/2024-budget.yaml", MinimalReport.Text);
        Directory.CreateDirectory(Path.Combine(scratch.Content, "reports", "links"));
        File.CreateSymbolicLink(Path.Combine(scratch.Content, "reports", "links", "b.yaml"), Path.Combine("..", "zezhou", "2024-budget.yaml"));
        var d = Assert.Single(CheckAndBuild.Agreeing(scratch.Content));

        // The same report twice, as if it had been copied.
        Assert.Equal((DiagnosticCodes.DuplicateDepartmentYear, 2, 1), (d.Code, d.Location.Line, d.Location.Column));
        Assert.True(File.Exists(real));
    }

    [Fact]
    public void A_link_that_loops_back_to_its_folder_is_not_followed_round()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        Directory.CreateSymbolicLink(Path.Combine(scratch.Content, "reports", "again"), ".");
        Assert.Empty(CheckAndBuild.Agreeing(scratch.Content));
    }

    [Fact]
    public void A_shared_file_linked_from_outside_the_content_folder_is_refused()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        var site = Path.Combine(scratch.Content, "site.yaml");
        var outside = Path.Combine(scratch.Root, "site.yaml");
        File.Move(site, outside);
        File.CreateSymbolicLink(site, outside);
        var diagnostics = CheckAndBuild.Agreeing(scratch.Content);
        var d = Assert.Single(diagnostics, d => d.Location.File.EndsWith("content/site.yaml", StringComparison.Ordinal));
        Assert.Equal((DiagnosticCodes.LinkLeavesFolder, 1, 1), (d.Code, d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void A_folder_that_cannot_be_read_is_reported_and_the_files_beside_it_still_found()
    {
        // The tests run as root, for whom permissions do not bite; the listing of one folder fails instead.
        using var scratch = new ScratchContent();
        scratch.Report("a/2024-budget.yaml", MinimalReport.Text);
        scratch.Report("b/2024-budget.yaml", MinimalReport.Text);
        var locked = Path.Combine(scratch.Content, "reports", "a");
        var diagnostics = new DiagnosticBag();
        var files = ContentLoader.FindReportFiles(scratch.Content, diagnostics, folder =>
            Path.GetFullPath(folder) == locked ? throw new UnauthorizedAccessException() : new DirectoryInfo(folder).EnumerateFileSystemInfos());
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticCodes.UnreadableFile, 1, 1), (d.Code, d.Location.Line, d.Location.Column));
        Assert.EndsWith("reports/a", d.Location.File);
        Assert.Contains("permission denied", d.Message);
        Assert.EndsWith("reports/b/2024-budget.yaml", Assert.Single(files));
    }

    [Fact]
    public void A_file_is_read_only_to_one_byte_past_the_limit_whatever_size_it_reports()
    {
        // /proc files report a size of 0 and have content.
        var (bytes, problem) = BoundedFile.Read("/proc/self/status", limit: 16);
        Assert.Null(bytes);
        Assert.Equal(DiagnosticCodes.FileTooLarge, problem!.Code);

        var (all, none) = BoundedFile.Read("/proc/self/status", limit: 1024 * 1024);
        Assert.Null(none);
        Assert.Contains("Name:", Encoding.UTF8.GetString(all!), StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_override_linked_from_outside_the_content_folder_is_refused_and_not_published()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        var assets = Directory.CreateDirectory(Path.Combine(scratch.Content, ThemeLoader.OverridesFolder, "assets")).FullName;
        var secret = Path.Combine(scratch.Root, "secret.txt");
        File.WriteAllText(secret, "not for publishing");
        File.CreateSymbolicLink(Path.Combine(assets, "leak.css"), secret);
        var output = Path.Combine(scratch.Root, "site");
        var result = SiteBuilder.Build(new BuildOptions(scratch.Content, output, Repository.Themes), SilentProgress.Instance);
        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.LinkLeavesFolder, 1, 1), (d.Code, d.Location.Line, d.Location.Column));
        Assert.EndsWith("theme-overrides/assets/leak.css", d.Location.File);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_link_out_of_the_theme_folder_is_refused_and_not_published()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        var theme = Path.Combine(scratch.Root, "themes", "default");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Themes, "default"), "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(theme, Path.GetRelativePath(Path.Combine(Repository.Themes, "default"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        File.CreateSymbolicLink(Path.Combine(theme, "assets", "hosts.css"), "/etc/hosts");
        var output = Path.Combine(scratch.Root, "site");
        var result = SiteBuilder.Build(new BuildOptions(scratch.Content, output, Path.Combine(scratch.Root, "themes")), SilentProgress.Instance);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.LinkLeavesFolder, 1, 1), (d.Code, d.Location.Line, d.Location.Column));
        Assert.EndsWith("themes/default/assets/hosts.css", d.Location.File);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_theme_override_that_is_a_fifo_is_refused_without_waiting()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        var layouts = Directory.CreateDirectory(Path.Combine(scratch.Content, ThemeLoader.OverridesFolder, "layouts")).FullName;
        SpecialFiles.Fifo(Path.Combine(layouts, "base" + TemplateNames.Extension));
        var result = SiteBuilder.Build(new BuildOptions(scratch.Content, Path.Combine(scratch.Root, "site"), Repository.Themes), SilentProgress.Instance);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NotARegularFile && d.Location.File.EndsWith(TemplateNames.Layout, StringComparison.Ordinal));
    }
}
