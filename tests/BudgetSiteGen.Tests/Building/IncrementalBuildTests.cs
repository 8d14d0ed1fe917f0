using BudgetSiteGen.Building;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Building;

/// <summary>Rebuilds reuse unchanged departments and still write exactly the site a fresh build writes.</summary>
public sealed class IncrementalBuildTests
{
    private static BuildResult Build(SyntheticSite site, string output, bool cached) =>
        SiteBuilder.Build(new BuildOptions(site.Content, site.Folder(output), Repository.Themes) { CacheFolder = cached ? site.Folder("cache") : null }, SilentProgress.Instance);

    [Fact]
    public void Nothing_changed_leaves_the_output_alone()
    {
        using var site = new SyntheticSite(9);
        Assert.True(Build(site, "site", cached: true).Succeeded);
        var before = SiteFolders.Files(site.Folder("site"));

        var again = Build(site, "site", cached: true);

        Assert.True(again.UpToDate);
        Assert.Equal(before, SiteFolders.Files(site.Folder("site")));
    }

    [Fact]
    public void One_changed_file_renders_only_its_department_and_the_site_equals_a_fresh_build()
    {
        using var site = new SyntheticSite(9);
        Assert.True(Build(site, "site", cached: true).Succeeded);
        var file = Directory.EnumerateFiles(Path.Combine(site.Content, "reports"), "2023-budget.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.WriteAllText(file, File.ReadAllText(file).Replace("协助", "负责协助", StringComparison.Ordinal));

        var untouched = Directory.EnumerateFiles(site.Folder("site"), "*.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(file))!), StringComparison.Ordinal) && f.Contains("tables", StringComparison.Ordinal))
            .ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Thread.Sleep(20);

        var rebuilt = Build(site, "site", cached: true);
        var fresh = Build(site, "fresh", cached: false);

        Assert.True(rebuilt.Succeeded && !rebuilt.UpToDate);
        Assert.Equal((1, 2), (rebuilt.Rendered, rebuilt.Reused));
        Assert.True(rebuilt.SearchIndexUpdated);
        Assert.True(rebuilt.Updated!.Value.Written < rebuilt.Files / 2, $"{rebuilt.Updated.Value.Written} of {rebuilt.Files} files written");
        Assert.NotEmpty(untouched);
        Assert.All(untouched, page => Assert.Equal(page.Value, File.GetLastWriteTimeUtc(page.Key)));
        Assert.Equal(SiteFolders.Files(site.Folder("fresh")), SiteFolders.Files(site.Folder("site")));
        Assert.Contains(SiteFolders.Files(site.Folder("site")).Keys, path => path.EndsWith("2023-budget/profile.html", StringComparison.Ordinal));
        Assert.Contains(Directory.EnumerateFiles(site.Folder("site"), "profile.html", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("负责协助", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_removed_report_and_its_return_renumber_the_search_index_in_place_and_the_site_still_equals_a_fresh_build(bool first)
    {
        // The first report's documents come before nearly every other: all of those move, with their excerpts.
        using var site = new SyntheticSite(9);
        Assert.True(Build(site, "site", cached: true).Succeeded);
        var reports = Directory.EnumerateFiles(Path.Combine(site.Content, "reports"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var report = first ? reports[0] : reports[^1];
        var text = File.ReadAllText(report);

        File.Delete(report);
        var without = Build(site, "site", cached: true);
        Assert.True(Build(site, "fresh-without", cached: false).Succeeded);
        Assert.Equal(SiteFolders.Files(site.Folder("fresh-without")), SiteFolders.Files(site.Folder("site")));
        File.WriteAllText(report, text);
        var with = Build(site, "site", cached: true);
        Assert.True(Build(site, "fresh-with", cached: false).Succeeded);

        Assert.True(without.Succeeded && with.Succeeded);
        // Updated in place, the kept departments' postings moved, not indexed again from their pages.
        Assert.True(without.SearchIndexUpdated && with.SearchIndexUpdated);
        Assert.True(without.Updated!.Value.Removed > 0);
        Assert.Equal(SiteFolders.Files(site.Folder("fresh-with")), SiteFolders.Files(site.Folder("site")));
    }
}
