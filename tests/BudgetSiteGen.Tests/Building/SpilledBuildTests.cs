using BudgetSiteGen.Building;
using BudgetSiteGen.Tests.Support;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Tests.Building;

/// <summary>
/// A large site's build sets search postings and data package resources aside on disk; the site it publishes
/// must be the one a build holding everything in memory writes, with nothing of the scaffolding left in it.
/// </summary>
public sealed class SpilledBuildTests
{
    [Fact]
    public void A_build_that_spills_its_postings_publishes_the_same_site_and_no_temporary_file()
    {
        using var site = new SyntheticSite(30);
        var held = SiteBuilder.Build(new BuildOptions(site.Content, site.Folder("held"), Repository.Themes), SilentProgress.Instance);
        var spilled = SiteBuilder.Build(new BuildOptions(site.Content, site.Folder("spilled"), Repository.Themes) { SearchSpillAfter = 2_000 }, SilentProgress.Instance);
        Assert.True(held.Succeeded);
        Assert.True(spilled.Succeeded);
        Assert.Equal(0, held.SearchSpills);
        Assert.True(spilled.SearchSpills > 10, $"the postings went to disk only {spilled.SearchSpills} times");

        var expected = SiteFolders.Files(site.Folder("held"));
        var actual = SiteFolders.Files(site.Folder("spilled"));
        Assert.Contains(expected.Keys, path => path.StartsWith("search/l/", StringComparison.Ordinal));
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, file => Assert.True(actual[file.Key] == file.Value, $"{file.Key} differs between the two builds"));

        // Every file published is one the manifest lists (only the manifest itself and the output's marker are not).
        var listed = StagedOutput.ReadManifest(site.Folder("spilled"));
        Assert.DoesNotContain(actual.Keys, path => !listed.Contains(path) && path != StagedOutput.ManifestName && path != OutputMarker.FileName);
    }
}
