using System.Xml.Linq;
using BudgetSiteGen.Building;
using BudgetSiteGen.Publishing;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Publishing;

/// <summary>
/// sitemap.xml and the Atom feed need absolute addresses, so they exist only when a base URL is set; the
/// 404 page, served at any depth, then links from it too.
/// </summary>
public sealed class FeedTests
{
    private static string Build(ScratchContent scratch, string name)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Content, "reports"), "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(scratch.Content, Path.GetRelativePath(Repository.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        var output = Path.Combine(scratch.Root, name);
        Assert.True(SiteBuilder.Build(new BuildOptions(scratch.Content, output, Repository.Themes), SilentProgress.Instance).Succeeded);
        return output;
    }

    [Fact]
    public void With_a_base_url_there_is_a_sitemap_and_a_feed_the_404_page_links_from_it_and_nothing_else_changes()
    {
        using var scratch = new ScratchContent();
        var without = Build(scratch, "plain");
        Assert.False(File.Exists(Path.Combine(without, "sitemap.xml")));
        Assert.False(File.Exists(Path.Combine(without, "atom.xml")));

        File.AppendAllText(Path.Combine(scratch.Content, "site.yaml"), "base_url: https://budget.example.gov.cn/portal/\n");
        var with = Build(scratch, "published");
        var sitemap = XDocument.Load(Path.Combine(with, "sitemap.xml"));
        XNamespace s = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = sitemap.Descendants(s + "loc").Select(e => e.Value).ToList();
        Assert.Contains("https://budget.example.gov.cn/portal/zezhou/dpf/2024-budget/tables/12.html", urls);
        Assert.All(urls, u => Assert.StartsWith("https://budget.example.gov.cn/portal/", u));

        var atom = XDocument.Load(Path.Combine(with, "atom.xml"));
        XNamespace a = "http://www.w3.org/2005/Atom";
        Assert.Equal(4, atom.Descendants(a + "entry").Count());
        Assert.Contains(atom.Descendants(a + "link").Select(l => (string?)l.Attribute("href")), h => h == "https://budget.example.gov.cn/portal/changzhi/dpf/2024-budget/index.html");

        Assert.Contains("href=\"index.html\"", File.ReadAllText(Path.Combine(without, "404.html")));
        Assert.Contains("href=\"https://budget.example.gov.cn/portal/index.html\"", File.ReadAllText(Path.Combine(with, "404.html")));

        static IEnumerable<string> Lines(string site) => File.ReadAllLines(Path.Combine(site, "manifest-sha256.txt")).Where(l => !l.EndsWith("  404.html", StringComparison.Ordinal));
        Assert.Equal(Lines(without), Lines(with).Where(l => !l.EndsWith("  sitemap.xml", StringComparison.Ordinal) && !l.EndsWith("  atom.xml", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_site_of_more_pages_than_one_sitemap_may_list_gets_a_sitemap_index_of_parts_that_list_every_page_once()
    {
        const string baseUrl = "https://budget.example.gov.cn/portal/";
        string[] pages = ["index.html", "404.html", "a/index.html", "a/b/1.html", "a/b/2.html", "c.html", "d/e.html", "search.html"];
        XNamespace s = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var files = Feeds.Sitemaps(baseUrl, pages, perFile: 3).ToList();

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], files.Select(f => f.Path));
        var index = XDocument.Parse(files[0].Text);
        Assert.Equal(s + "sitemapindex", index.Root!.Name);
        Assert.Equal(["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], index.Descendants(s + "loc").Select(l => l.Value[baseUrl.Length..]));
        var parts = files.Skip(1).Select(f => XDocument.Parse(f.Text).Descendants(s + "loc").Select(l => l.Value).ToList()).ToList();
        Assert.All(parts, part => Assert.InRange(part.Count, 1, 3));
        Assert.Equal(pages.Where(p => p != "404.html").Order(StringComparer.Ordinal).Select(p => baseUrl + p), parts.SelectMany(part => part));

        var single = Assert.Single(Feeds.Sitemaps(baseUrl, pages, perFile: 7));
        Assert.Equal(("sitemap.xml", 7), (single.Path, XDocument.Parse(single.Text).Descendants(s + "loc").Count()));
    }
}

