using System.IO.Compression;
using System.Security.Cryptography;
using BudgetSiteGen.Archiving;
using BudgetSiteGen.Building;
using BudgetSiteGen.Publishing;
using BudgetSiteGen.Tests.Support;

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
    public void Bag_info_names_the_publisher_and_the_software_with_its_release_and_no_date()
    {
        var info = File.ReadAllLines(Path.Combine(WriteBag("bag"), "bag-info.txt"));

        Assert.Contains($"Source-Organization: {Seeds.Content.Site.Title}", info);
        var agent = Assert.Single(info, l => l.StartsWith("Bag-Software-Agent: ", StringComparison.Ordinal));
        Assert.Matches(@"^Bag-Software-Agent: BudgetSiteGen [0-9]+\.[0-9]+\.[0-9]+[^+]*$", agent);
        Assert.DoesNotContain(info, l => l.StartsWith("Bagging-Date", StringComparison.Ordinal));
    }

    [Fact]
    public void The_payload_is_the_site_without_the_marker_of_its_build_folder()
    {
        var bag = WriteBag("bag");

        Assert.True(File.Exists(Path.Combine(_root, "site-bag", ".budgetsitegen")), "the built site has no marker to leave out");
        Assert.False(File.Exists(Path.Combine(bag, "data", ".budgetsitegen")));
        Assert.True(File.Exists(Path.Combine(bag, "data", "index.html")));
    }

    [Fact]
    public void The_zip_an_archivist_receives_verifies_as_it_is()
    {
        var bag = WriteBag("bag");
        Directory.Delete(bag, recursive: true);

        Assert.Empty(BagVerifier.Verify(bag + ".zip"));
    }

    [Fact]
    public void A_zip_with_a_changed_a_missing_an_added_or_an_escaping_file_is_rejected()
    {
        var bag = WriteBag("bag");
        var zip = bag + ".zip";
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Update))
        {
            var table = archive.GetEntry("budgetsitegen-bag/data/zezhou/dpf/2024-budget/tables/3.html")!;
            string html;
            using (var reader = new StreamReader(table.Open()))
            {
                html = reader.ReadToEnd();
            }

            table.Delete();
            using (var writer = new StreamWriter(archive.CreateEntry("budgetsitegen-bag/data/zezhou/dpf/2024-budget/tables/3.html").Open()))
            {
                writer.Write(html.Replace("1,806.23", "1,906.23", StringComparison.Ordinal));
            }

            archive.GetEntry("budgetsitegen-bag/data/search.html")!.Delete();
            using (var writer = new StreamWriter(archive.CreateEntry("budgetsitegen-bag/data/extra.html").Open()))
            {
                writer.Write("added later");
            }

            using (var writer = new StreamWriter(archive.CreateEntry("budgetsitegen-bag/../escaped.txt").Open()))
            {
                writer.Write("outside the bag");
            }
        }

        var problems = BagVerifier.Verify(zip);

        Assert.Contains("data/zezhou/dpf/2024-budget/tables/3.html does not match its checksum in manifest-sha256.txt", problems);
        Assert.Contains("data/search.html is listed in manifest-sha256.txt but missing", problems);
        Assert.Contains("data/extra.html is in the payload but not in the manifest", problems);
        Assert.Contains("the zip entry 'budgetsitegen-bag/../escaped.txt' is not a plain path inside the bag's folder", problems);
        Assert.Contains(problems, p => p.StartsWith("bag-info.txt says 'Payload-Oxum: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Archive_verify_checks_a_zip_from_the_command_line()
    {
        var bag = WriteBag("bag");

        var valid = Support.Cli.Invoke(_root, "archive", "--verify", "--bag", bag + ".zip");
        File.WriteAllBytes(bag + ".zip", File.ReadAllBytes(bag + ".zip")[..1000]);
        var truncated = Support.Cli.Invoke(_root, "archive", "--verify", "--bag", bag + ".zip");

        Assert.True(valid.ExitCode == 0, valid.StdErr);
        Assert.Contains("valid BagIt 1.0 bag", valid.StdOut);
        Assert.Equal(1, truncated.ExitCode);
        Assert.Contains("budgetsitegen-bag.zip is not a readable zip", truncated.StdErr);
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
