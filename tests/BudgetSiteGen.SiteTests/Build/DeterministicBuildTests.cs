using BudgetSiteGen.Building;
using BudgetSiteGen.SiteTests.Support;

namespace BudgetSiteGen.SiteTests.Build;

/// <summary>
/// The same data must give the same site, byte for byte, so a rebuild publishes only what changed and
/// anyone can check a published site against its data. Two builds at different times into different
/// folders catch clocks, absolute paths, random ids and parallel ordering leaking into the output.
/// </summary>
public sealed class DeterministicBuildTests
{
    [Fact]
    public async Task Two_builds_of_the_same_content_are_identical_byte_for_byte()
    {
        using var scratch = new ScratchFolder("determinism");
        var first = Build(scratch.Combine("first"));

        // Past the next whole second, so anything that prints the time differs between the builds.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var second = Build(scratch.Combine("second-build"));

        Assert.True(first.Count > 0, "the build wrote no file");
        var differences = first.DifferencesFrom(second, "first build", "second build");
        Assert.True(differences.Count == 0,
            $"{differences.Count} difference(s) between two builds of the same content:\n  " + string.Join("\n  ", differences.Take(50)));
    }

    private static SiteSnapshot Build(string output)
    {
        var result = SiteBuilder.Build(new BuildOptions(RepositoryFolders.Content, output, RepositoryFolders.Themes), SilentProgress.Instance);
        Assert.True(result.Succeeded, "the build failed: " + string.Join("; ", result.Diagnostics.Select(d => $"{d.Code} {d.Location} {d.Message}")));
        return SiteSnapshot.Of(output);
    }
}
