using System.Globalization;
using System.Security;
using System.Text;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Publishing;

/// <summary>
/// sitemap.xml and an Atom feed of department-years, written only when the site has a base_url: both need
/// absolute addresses, while every page keeps relative links. Dates come from the data (the report's
/// published date, else 1 January of its year), never from the clock, so rebuilds stay identical.
/// </summary>
public static class Feeds
{
    /// <summary>The sitemap protocol's limit of addresses in one file.</summary>
    public const int AddressesPerSitemap = 50_000;

    /// <summary>
    /// sitemap.xml with every page but 404.html, in path order. A site of more pages than one file may list gets
    /// sitemap.xml as a sitemap index of sitemap-1.xml, sitemap-2.xml, …, each at the root, since a sitemap may
    /// list only addresses at or below its own folder. Made one file at a time, as they are written.
    /// </summary>
    public static IEnumerable<(string Path, string Text)> Sitemaps(string baseUrl, IEnumerable<string> pages, int perFile = AddressesPerSitemap)
    {
        var listed = pages.Where(p => p != "404.html").Order(StringComparer.Ordinal).ToList();
        if (listed.Count <= perFile)
        {
            yield return ("sitemap.xml", UrlSet(baseUrl, listed));
            yield break;
        }

        var parts = (listed.Count + perFile - 1) / perFile;
        var index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (var part = 1; part <= parts; part++)
        {
            index.Append("  <sitemap><loc>").Append(SecurityElement.Escape(baseUrl + PartName(part))).Append("</loc></sitemap>\n");
        }

        yield return ("sitemap.xml", index.Append("</sitemapindex>\n").ToString());
        for (var part = 1; part <= parts; part++)
        {
            yield return (PartName(part), UrlSet(baseUrl, listed.Skip((part - 1) * perFile).Take(perFile)));
        }
    }

    private static string PartName(int part) => string.Create(CultureInfo.InvariantCulture, $"sitemap-{part}.xml");

    private static string UrlSet(string baseUrl, IEnumerable<string> pages)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in pages)
        {
            text.Append("  <url><loc>").Append(SecurityElement.Escape(baseUrl + page)).Append("</loc></url>\n");
        }

        return text.Append("</urlset>\n").ToString();
    }

    public static string Atom(SiteSettings site, IEnumerable<FeedEntry> entries)
    {
        var list = entries.OrderByDescending(e => e.Updated, StringComparer.Ordinal).ThenBy(e => e.Path, StringComparer.Ordinal).ToList();
        var updated = list.Count == 0 ? "2000-01-01T00:00:00Z" : list[0].Updated;
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
            .Append(CultureInfo.InvariantCulture, $"  <title>{SecurityElement.Escape(site.Title)}</title>\n")
            .Append(CultureInfo.InvariantCulture, $"  <id>{SecurityElement.Escape(site.BaseUrl)}</id>\n")
            .Append(CultureInfo.InvariantCulture, $"  <link rel=\"self\" href=\"{SecurityElement.Escape(site.BaseUrl + "atom.xml")}\"/>\n")
            .Append(CultureInfo.InvariantCulture, $"  <updated>{updated}</updated>\n");
        foreach (var entry in list)
        {
            var url = SecurityElement.Escape(site.BaseUrl + entry.Path);
            text.Append("  <entry>\n")
                .Append(CultureInfo.InvariantCulture, $"    <title>{SecurityElement.Escape(entry.Title)}</title>\n")
                .Append(CultureInfo.InvariantCulture, $"    <id>{url}</id>\n")
                .Append(CultureInfo.InvariantCulture, $"    <link href=\"{url}\"/>\n")
                .Append(CultureInfo.InvariantCulture, $"    <updated>{entry.Updated}</updated>\n")
                .Append(CultureInfo.InvariantCulture, $"    <author><name>{SecurityElement.Escape(entry.Author)}</name></author>\n")
                .Append(CultureInfo.InvariantCulture, $"    <summary>{SecurityElement.Escape(entry.Summary)}</summary>\n")
                .Append("  </entry>\n");
        }

        return text.Append("</feed>\n").ToString();
    }
}
