using AngleSharp.Html.Parser;

namespace BudgetSiteGen.Tests.Indexing;

/// <summary>
/// Pages that list the portal stay small as it grows, and still lead to everything: the home page opens the
/// jurisdiction tree only as deep as fits, and each jurisdiction's page goes on one level at a time.
/// </summary>
[Collection(SyntheticPortal.Name)]
public sealed class ListingPageTests(SyntheticPortal portal)
{
    private const long HundredKilobytes = 100 * 1024;

    [Fact]
    public void The_home_page_of_a_hundred_counties_stays_under_100_KB_and_leads_to_every_department()
    {
        var parser = new HtmlParser();
        Assert.True(new FileInfo(Path.Combine(portal.Output, "index.html")).Length < HundredKilobytes);

        // Follow the home page and the jurisdiction pages it leads to, as a reader without search would.
        var seen = new HashSet<string>(StringComparer.Ordinal) { "index.html" };
        var queue = new Queue<string>(["index.html"]);
        var departments = new HashSet<string>(StringComparer.Ordinal);
        while (queue.Count > 0)
        {
            var page = queue.Dequeue();
            var html = File.ReadAllText(Path.Combine(portal.Output, page));
            Assert.True(html.Length < HundredKilobytes, $"{page} is {html.Length} characters");
            foreach (var href in parser.ParseDocument(html).QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!))
            {
                var target = Path.GetRelativePath(portal.Output, Path.GetFullPath(Path.Combine(portal.Output, Path.GetDirectoryName(page)!, href))).Replace('\\', '/');
                if (target.Count(c => c == '/') == 1 && target.EndsWith("/index.html", StringComparison.Ordinal) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
                else if (target.Count(c => c == '/') == 2 && target.EndsWith("/index.html", StringComparison.Ordinal))
                {
                    departments.Add(target);
                }
            }
        }

        var all = Directory.EnumerateDirectories(portal.Output, "dpf", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(portal.Output, Path.Combine(d, "index.html")).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(100, all.Count);
        Assert.Equal(all.Order(StringComparer.Ordinal), departments.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_home_page_does_not_list_every_department_of_a_portal_too_large_for_one_page()
    {
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(portal.Output, "index.html")));

        Assert.True(home.QuerySelectorAll("main .department").Length < 100);
    }

    [Theory]
    [InlineData("checks.html", "checks")]
    [InlineData("disclosure.html", "disclosure")]
    public void A_site_wide_table_is_split_by_jurisdiction_into_pages_under_100_KB_that_together_give_every_report_once(string top, string reportPage)
    {
        var parser = new HtmlParser();
        var seen = new HashSet<string>(StringComparer.Ordinal) { top };
        var queue = new Queue<string>([top]);
        var reports = new List<string>();
        var rowBytes = 0L;
        while (queue.Count > 0)
        {
            var page = queue.Dequeue();
            var html = File.ReadAllText(Path.Combine(portal.Output, page));
            Assert.True(new FileInfo(Path.Combine(portal.Output, page)).Length < HundredKilobytes, $"{page} is {html.Length} characters");
            var document = parser.ParseDocument(html);
            rowBytes += document.QuerySelectorAll("main tbody tr").Sum(r => (long)r.OuterHtml.Length);
            foreach (var href in document.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!))
            {
                var target = Resolve(page, href);
                if (target.EndsWith($"/{reportPage}.html", StringComparison.Ordinal) && target.Count(c => c == '/') == 3)
                {
                    reports.Add(target);
                }
                else if ((target.StartsWith($"{reportPage}/", StringComparison.Ordinal) || target.StartsWith($"{reportPage}-", StringComparison.Ordinal)) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        var all = Directory.EnumerateFiles(portal.Output, reportPage + ".html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(portal.Output, f).Replace('\\', '/'))
            .Where(f => f.Count(c => c == '/') == 3)
            .ToList();
        Assert.Equal(300, all.Count);
        Assert.Equal(all.Order(StringComparer.Ordinal), reports.Order(StringComparer.Ordinal));
        Assert.True(seen.Count > 1, $"{top} was not split");
        if (reportPage == "disclosure")
        {
            // One page with every row, as the table was before it was split, would not have stayed under the bound.
            Assert.True(rowBytes > HundredKilobytes, $"the rows weigh {rowBytes} characters");
        }
    }

    [Fact]
    public void Every_comparison_page_stays_under_100_KB_and_each_kind_and_year_still_compares_every_county()
    {
        var parser = new HtmlParser();
        var compare = Path.Combine(portal.Output, "compare");
        var counties = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var columnBytes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(compare, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.True(new FileInfo(file).Length < HundredKilobytes, $"{file} is {new FileInfo(file).Length} bytes");
            var kindYear = Path.GetRelativePath(compare, file).Split('/', '\\')[0].Replace(".html", string.Empty, StringComparison.Ordinal);
            var document = parser.ParseDocument(html);
            var columns = document.QuerySelectorAll("main dl.compare-columns a[href]").Select(a => Resolve(Path.GetRelativePath(portal.Output, file), a.GetAttribute("href")!)).ToList();
            counties.TryAdd(kindYear, []);
            counties[kindYear].AddRange(columns);
            columnBytes[kindYear] = columnBytes.GetValueOrDefault(kindYear) + (columns.Count > 0 ? new FileInfo(file).Length : 0);
        }

        Assert.Equal(3, counties.Count);
        foreach (var (kindYear, columns) in counties)
        {
            Assert.Equal(100, columns.Count);
            Assert.Equal(100, columns.Distinct(StringComparer.Ordinal).Count());
            // The hundred counties on one page, as before the split, would not have stayed under the bound.
            Assert.True(columnBytes[kindYear] > HundredKilobytes, $"{kindYear}: {columnBytes[kindYear]} bytes");
        }
    }

    [Fact]
    public void The_search_pages_list_of_all_pages_leads_to_every_page_of_every_report_each_list_under_100_KB()
    {
        var parser = new HtmlParser();
        var search = parser.ParseDocument(File.ReadAllText(Path.Combine(portal.Output, "search.html")));
        var sitemaps = search.QuerySelectorAll("main a[href]").Select(a => Resolve("search.html", a.GetAttribute("href")!))
            .Where(target => target.StartsWith("sitemap/", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var queue = new Queue<string>(sitemaps);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        while (queue.Count > 0)
        {
            var page = queue.Dequeue();
            Assert.True(new FileInfo(Path.Combine(portal.Output, page)).Length < HundredKilobytes, $"{page} is over 100 KB");
            foreach (var target in parser.ParseDocument(File.ReadAllText(Path.Combine(portal.Output, page)))
                .QuerySelectorAll("main a[href]").Select(a => Resolve(page, a.GetAttribute("href")!)))
            {
                if (target.StartsWith("sitemap/", StringComparison.Ordinal))
                {
                    if (sitemaps.Add(target))
                    {
                        queue.Enqueue(target);
                    }
                }
                else
                {
                    listed.Add(target);
                }
            }
        }

        // Every page of a report (its folder: jurisdiction/department/report/…) that the search covers.
        var reportPages = portal.Pages.Keys.Where(path => path.Count(c => c == '/') >= 3).ToList();
        Assert.True(reportPages.Count > 300 * 10, $"{reportPages.Count} report pages");
        Assert.DoesNotContain(reportPages, path => !listed.Contains(path));
    }

    private string Resolve(string page, string href) =>
        Path.GetRelativePath(portal.Output, Path.GetFullPath(Path.Combine(portal.Output, Path.GetDirectoryName(page)!, href.Split('#')[0]))).Replace('\\', '/');
}
