using System.Text.RegularExpressions;

namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// One page of each shape a site has: the same template over the same kind of report, or the same table. A second
/// language shares every page's markup and styles with the first and changes only the interface's words, which a
/// template prints alike on every page it makes; so a check of structure and styling (axe-core) over one page of each
/// shape sees what a sweep of every page would, in a fraction of the time. Pages above the reports are all kept.
/// </summary>
public static partial class PageShapes
{
    public static IReadOnlyList<string> OnePerShape(BuiltSite site) =>
        site.HtmlPages.DistinctBy(page => ShapeOf(site, page)).ToList();

    private static string ShapeOf(BuiltSite site, string page)
    {
        var match = ReportFolder().Match(page);
        if (!match.Success)
        {
            return page;
        }

        var kind = match.Groups["kind"].Value;
        var rest = page[match.Length..];
        if (rest.StartsWith("tables/", StringComparison.Ordinal) && rest != "tables/index.html")
        {
            // Table pages are as many shapes as there are tables: one per title, whatever its number in its report.
            return $"{kind} table {HtmlFiles.Parse(site.FileOf(page)).QuerySelector("h1")?.TextContent.Trim()}";
        }

        return rest.StartsWith("performance/", StringComparison.Ordinal) && rest is not ("performance/index.html" or "performance/department.html")
            ? $"{kind} performance project"
            : $"{kind} {rest}";
    }

    /// <summary>A department-year's folder: …/&lt;year&gt;-&lt;kind&gt;/.</summary>
    [GeneratedRegex(@"^(?:[^/]+/)*\d{4}-(?<kind>[a-z]+)/")]
    private static partial Regex ReportFolder();
}
