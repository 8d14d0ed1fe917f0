using BudgetSiteGen.SiteTests.Support;

namespace BudgetSiteGen.SiteTests.Links;

/// <summary>
/// Files at the site root that readers and machines need must be reachable from the pages: the data package
/// and the checksum manifest from every downloads page, each with a line saying what it is, and the icon from
/// every page (a browser asks for one on each page view, and a missing one is a 404 in every log).
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class SiteFileLinkTests(BuiltSite site)
{
    [Fact]
    public void Every_downloads_page_links_the_data_package_and_the_manifest_with_a_line_on_each()
    {
        var downloadsPages = site.HtmlPages.Where(page => page.EndsWith("/downloads.html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(downloadsPages);
        var failures = new FailureList();
        foreach (var page in downloadsPages)
        {
            var links = HtmlFiles.Parse(site.FileOf(page)).QuerySelectorAll("main a[href]")
                .Select(a => (Link: SiteLink.Resolve(site.OutputFolder, page, a.GetAttribute("href")!), Note: a.ParentElement?.TextContent.Replace(a.TextContent, string.Empty, StringComparison.Ordinal).Trim()))
                .ToList();
            foreach (var file in new[] { "datapackage.json", "manifest-sha256.txt" })
            {
                var link = links.FirstOrDefault(l => l.Link.Target == file);
                if (link.Link is null)
                {
                    failures.Add($"{page}: no link leads to {file}");
                }
                else if (string.IsNullOrWhiteSpace(link.Note) || link.Note.Length < 10)
                {
                    failures.Add($"{page}: the link to {file} has no line saying what it is (\"{link.Note}\")");
                }
            }
        }

        failures.AssertNone($"links to the site's own data files ({downloadsPages.Count} downloads pages)");
    }

    [Fact]
    public void Every_page_links_an_svg_icon_that_is_in_the_output()
    {
        var failures = new FailureList();
        foreach (var page in site.HtmlPages)
        {
            var icons = HtmlFiles.Parse(site.FileOf(page)).QuerySelectorAll("head link[rel~=icon][href]").Select(l => l.GetAttribute("href")!).ToList();
            if (icons.Count != 1)
            {
                failures.Add($"{page}: {icons.Count} icon links instead of one");
                continue;
            }

            if (icons[0].StartsWith("data:image/svg+xml", StringComparison.Ordinal))
            {
                continue; // the 404 page carries its icon inline, since it is served at any depth
            }

            var link = SiteLink.Resolve(site.OutputFolder, page, icons[0]);
            if (link.Target is null || !link.Target.EndsWith(".svg", StringComparison.Ordinal))
            {
                failures.Add($"{page}: the icon \"{icons[0]}\" {link.Problem ?? "is not an SVG file"}");
            }
            else if (!File.ReadAllText(site.FileOf(link.Target)).TrimStart().StartsWith("<svg", StringComparison.Ordinal))
            {
                failures.Add($"{page}: {link.Target} is not an SVG image");
            }
        }

        failures.AssertNone($"icons of the {site.HtmlPages.Count} pages");
    }
}
