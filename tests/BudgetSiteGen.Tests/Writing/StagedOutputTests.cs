using System.Security.Cryptography;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Tests.Writing;

/// <summary>What the staged writer puts in the output is what it was last given for each path, byte for byte.</summary>
public sealed class StagedOutputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("bsg-staged-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_path_written_twice_holds_the_second_bytes_and_the_manifest_lists_their_hash()
    {
        var target = Path.Combine(_root, "site");
        using (var output = new StagedOutput(target))
        {
            output.WriteText("a/index.html", "first, and longer than the second");
            output.WriteText("b.html", "another file");
            output.WriteText("a/index.html", "second");
            output.WriteManifest();
            output.Commit();
        }

        Assert.Equal("second", File.ReadAllText(Path.Combine(target, "a", "index.html")));
        Assert.Equal("another file", File.ReadAllText(Path.Combine(target, "b.html")));
        var secondHash = Convert.ToHexStringLower(SHA256.HashData("second"u8));
        var manifest = File.ReadAllLines(Path.Combine(target, StagedOutput.ManifestName));
        Assert.Contains(manifest, line => line.Contains(secondHash, StringComparison.Ordinal) && line.Contains("a/index.html", StringComparison.Ordinal));
    }
}
