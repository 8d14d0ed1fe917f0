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
}
