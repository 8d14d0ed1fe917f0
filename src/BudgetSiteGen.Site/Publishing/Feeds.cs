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
    public static string Sitemap(string baseUrl, IEnumerable<string> pages)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in pages.Where(p => p != "404.html").Order(StringComparer.Ordinal))
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
