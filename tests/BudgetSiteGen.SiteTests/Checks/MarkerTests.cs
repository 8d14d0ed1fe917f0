using BudgetSiteGen.SiteTests.Support;

namespace BudgetSiteGen.SiteTests.Checks;

/// <summary>
/// The numbered markers beside figures link to findings of the 数据核对 page. A touch screen shows no tooltip,
/// so each page with markers says what they mean; a screen reader hears each marker's meaning from its
/// accessible name, not from a title attribute; and every marker is a link to its finding.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class MarkerTests(BuiltSite site)
{
    [Fact]
    public void Every_page_with_markers_explains_them_and_every_marker_is_a_named_link_to_its_finding()
    {
        var failures = new FailureList();
        var pagesWithMarkers = 0;
        var markers = 0;
        foreach (var path in site.HtmlPages)
        {
            var document = HtmlFiles.Parse(site.FileOf(path));
            var found = document.QuerySelectorAll("main .marker").Where(m => m.Closest(".marker-legend") is null).ToList();
            var legends = document.QuerySelectorAll("main .marker-legend");
            if (found.Count == 0)
            {
                if (legends.Length > 0)
                {
                    failures.Add($"{path}: a marker legend on a page without markers");
                }

                continue;
            }

            pagesWithMarkers++;
            if (legends.Length != 1)
            {
                failures.Add($"{path}: {found.Count} markers and {legends.Length} legends instead of one");
            }
            else if (legends[0].QuerySelector("a[href]") is not { } checks
                || SiteLink.Resolve(site.OutputFolder, path, checks.GetAttribute("href")!).Target?.EndsWith("/checks.html", StringComparison.Ordinal) != true)
            {
                failures.Add($"{path}: the legend does not link to the report's 数据核对 page");
            }

            foreach (var marker in found)
            {
                markers++;
                var number = marker.TextContent.Trim();
                var name = marker.GetAttribute("aria-label") ?? marker.TextContent;
                if (marker.LocalName != "a" || marker.GetAttribute("href")?.Contains("checks.html#finding-", StringComparison.Ordinal) != true)
                {
                    failures.Add($"{path}: marker {number} is not a link to a finding");
                }
                else if (!name.Contains("数据核对", StringComparison.Ordinal) || !name.Contains(number, StringComparison.Ordinal))
                {
                    failures.Add($"{path}: marker {number} has the accessible name \"{name}\", which neither says what it is nor contains its number");
                }
            }
        }

        Assert.True(pagesWithMarkers > 5 && markers > 20, $"only {markers} markers on {pagesWithMarkers} pages: the findings are not marked");
        failures.AssertNone($"markers ({markers} on {pagesWithMarkers} pages)");
    }
}
