using System.Globalization;
using BudgetSiteGen.SiteTests.Support;

namespace BudgetSiteGen.SiteTests.Weight;

/// <summary>
/// Readers include people on slow or metered mobile connections, so what a page needs before it can be
/// read — its HTML and the stylesheets and scripts it loads — is kept small.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class PageWeightTests(BuiltSite site)
{
    private const long LargestAllowed = 100 * 1024;
    private const long MedianAllowed = 40 * 1024;

    [Fact]
    public void The_heaviest_page_is_under_100_KB_and_the_median_under_40_KB_with_its_CSS_and_JS()
    {
        Assert.NotEmpty(site.HtmlPages);
        var weights = site.HtmlPages.Select(page => (Page: page, Bytes: Weigh(page))).OrderByDescending(w => w.Bytes).ToList();
        var sorted = weights.Select(w => w.Bytes).Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        var heaviest = string.Join(", ", weights.Take(5).Select(w => $"{w.Page} {Kb(w.Bytes)}"));
        var summary = $"largest {weights[0].Page} at {Kb(weights[0].Bytes)} (limit {Kb(LargestAllowed)}); "
            + $"median {Kb(median)} over {weights.Count} pages (limit {Kb(MedianAllowed)}); heaviest: {heaviest}";
        Assert.True(weights[0].Bytes < LargestAllowed && median < MedianAllowed, summary);
    }

    /// <summary>The page's bytes plus each same-site stylesheet (with its @imports) and script it loads, each counted once.</summary>
    private long Weigh(string page)
    {
        var document = HtmlFiles.Parse(site.FileOf(page));
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        var stylesheets = document.QuerySelectorAll("link[href]")
            .Where(link => (link.GetAttribute("rel") ?? string.Empty).Split(' ').Contains("stylesheet", StringComparer.OrdinalIgnoreCase))
            .Select(link => link.GetAttribute("href")!);
        foreach (var href in stylesheets)
        {
            AddStylesheet(page, href, loaded);
        }

        foreach (var src in document.QuerySelectorAll("script[src]").Select(script => script.GetAttribute("src")!))
        {
            AddFile(page, src, loaded);
        }

        return new FileInfo(site.FileOf(page)).Length + loaded.Sum(file => new FileInfo(site.FileOf(file)).Length);
    }

    private void AddStylesheet(string from, string url, HashSet<string> loaded)
    {
        if (AddFile(from, url, loaded) is { } stylesheet)
        {
            foreach (var import in CssUrls.In(File.ReadAllText(site.FileOf(stylesheet)), "stylesheet").Where(r => r.Where.EndsWith("@import", StringComparison.Ordinal)))
            {
                AddStylesheet(stylesheet, import.Url, loaded);
            }
        }
    }

    /// <summary>Adds the file a URL leads to; null when it is already counted, off-site or missing (the link tests report those).</summary>
    private string? AddFile(string from, string url, HashSet<string> loaded)
    {
        if (!UrlKinds.IsSameSite(url))
        {
            return null;
        }

        var target = SiteLink.Resolve(site.OutputFolder, from, url).Target;
        return target is not null && loaded.Add(target) ? target : null;
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB";
}
