using System.Security.Cryptography;
using BudgetSiteGen.Building;
using BudgetSiteGen.Publishing;
using BudgetSiteGen.Tests.Support;
using BudgetSiteGen.ViewModels;

namespace BudgetSiteGen.Tests.Publishing;

/// <summary>A snapshot's integrity, checked as an archivist would years later.</summary>
public sealed class BagTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bsg-bag-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string WriteBag(string name)
    {
        var site = Path.Combine(_root, "site-" + name);
        Assert.True(SiteBuilder.Build(new BuildOptions(Repository.Content, site, Repository.Themes), SilentProgress.Instance).Succeeded);
        var bag = Path.Combine(_root, name, "budgetsitegen-bag");
        BagWriter.Write(site, bag, Seeds.Content, DataVersion.OfSite(Seeds.Content));
        BagWriter.Zip(bag, bag + ".zip");
        return bag;
    }

    [Fact]
    public void Every_checksum_of_the_bag_recomputes_and_its_structure_is_bagit_1_0()
    {
        var bag = WriteBag("bag");
        Assert.Equal("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", File.ReadAllText(Path.Combine(bag, "bagit.txt")));
        var info = File.ReadAllLines(Path.Combine(bag, "bag-info.txt"));
        Assert.Contains("Source-Document: 泽州县残疾人联合会2024年部门预算公开报告 (泽州县残疾人联合会)", info);
        Assert.Contains(info, l => l.StartsWith("Data-Version: ", StringComparison.Ordinal));

        var payload = Directory.EnumerateFiles(Path.Combine(bag, "data"), "*", SearchOption.AllDirectories).ToList();
        var manifest = File.ReadAllLines(Path.Combine(bag, "manifest-sha256.txt"));
        Assert.Equal(payload.Count, manifest.Length);
        foreach (var line in manifest.Concat(File.ReadAllLines(Path.Combine(bag, "tagmanifest-sha256.txt"))))
        {
            var file = Path.Combine(bag, line[66..]);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))), line[..64]);
        }

        Assert.Contains($"Payload-Oxum: {payload.Sum(f => new FileInfo(f).Length)}.{payload.Count}", info);
        Assert.Empty(BagVerifier.Verify(bag));
    }

    [Fact]
    public void A_tampered_or_missing_file_is_detected()
    {
        var bag = WriteBag("bag");
        File.AppendAllText(Path.Combine(bag, "data/zezhou/dpf/2024-budget/tables/3.html"), " ");
        File.Delete(Path.Combine(bag, "data/search.html"));
        File.WriteAllText(Path.Combine(bag, "data/extra.html"), "added later");
        var problems = BagVerifier.Verify(bag);
        Assert.Contains(problems, p => p.Contains("data/zezhou/dpf/2024-budget/tables/3.html does not match", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("data/search.html is listed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("data/extra.html is in the payload but not in the manifest", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_content_gives_the_same_zip()
    {
        var first = WriteBag("a");
        var second = WriteBag("b");
        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "manifest-sha256.txt")), File.ReadAllBytes(Path.Combine(second, "manifest-sha256.txt")));
        Assert.Equal(File.ReadAllBytes(first + ".zip"), File.ReadAllBytes(second + ".zip"));
    }
}
