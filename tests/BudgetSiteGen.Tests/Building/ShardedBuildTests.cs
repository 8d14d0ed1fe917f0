using BudgetSiteGen.Building;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Building;

/// <summary>A site built in three shards and merged is the site a single build writes, byte for byte.</summary>
public sealed class ShardedBuildTests
{
    [Fact]
    public void Three_shards_merged_equal_the_single_build_byte_for_byte()
    {
        using var site = new SyntheticSite(30);
        var single = SiteBuilder.Build(new BuildOptions(site.Content, site.Folder("single"), Repository.Themes), SilentProgress.Instance);
        Assert.True(single.Succeeded);

        var parts = new List<string>();
        var departmentsPerShard = new List<int>();
        for (var k = 1; k <= 3; k++)
        {
            var part = site.Folder($"part-{k}");
            var shard = SiteBuilder.Build(new BuildOptions(site.Content, part, Repository.Themes) { Shard = new ShardSpec(k, 3) }, SilentProgress.Instance);
            Assert.True(shard.Succeeded);
            departmentsPerShard.Add(shard.Rendered);
            parts.Add(part);
        }

        var merged = SiteMerger.Merge(new MergeOptions(site.Content, site.Folder("merged"), Repository.Themes, parts), SilentProgress.Instance);
        Assert.True(merged.Succeeded);

        // Ten departments are split among the shards; each shard must really have built a share of them.
        Assert.Equal(10, departmentsPerShard.Sum());
        Assert.All(departmentsPerShard, n => Assert.InRange(n, 1, 9));
        var expected = SiteFolders.Files(site.Folder("single"));
        var actual = SiteFolders.Files(site.Folder("merged"));
        Assert.True(expected.Count > 1000, $"the single build wrote only {expected.Count} files");
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, file => Assert.True(actual[file.Key] == file.Value, $"{file.Key} differs between the single and the merged build"));
    }

    [Fact]
    public void A_missing_shard_is_refused_and_nothing_is_written()
    {
        using var site = new SyntheticSite(30);
        var parts = new[] { 1, 3 }.Select(k =>
        {
            var part = site.Folder($"part-{k}");
            SiteBuilder.Build(new BuildOptions(site.Content, part, Repository.Themes) { Shard = new ShardSpec(k, 3) }, SilentProgress.Instance);
            return part;
        }).ToList();

        var merged = SiteMerger.Merge(new MergeOptions(site.Content, site.Folder("merged"), Repository.Themes, parts), SilentProgress.Instance);

        Assert.False(merged.Succeeded);
        Assert.Contains(merged.Diagnostics, d => d.Code == "BSG170" && d.Message.Contains("1/3, 3/3", StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.Folder("merged")));
    }
}
