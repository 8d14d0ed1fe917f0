using BudgetSiteGen.SiteTests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BudgetSiteGen.SiteTests.Accessibility;

/// <summary>
/// A public budget site must be usable by everyone, so every page is checked against the WCAG 2.0,
/// 2.1 and 2.2 level A and AA rules axe-core can test automatically.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class AxeAccessibilityTests(BuiltSite site)
{
    private static readonly AxeRunOptions WcagAandAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },

        // Only violations are reported; leaving out the passes keeps the result small.
        ResultTypes = [ResultType.Violations],
    };

    [Fact]
    public Task Every_page_has_no_WCAG_A_or_AA_violation() => AssertNoViolationsAsync(site);

    /// <param name="pages">The pages to check; every page of the site when null.</param>
    internal static async Task AssertNoViolationsAsync(BuiltSite site, IReadOnlyList<string>? pages = null)
    {
        pages ??= site.HtmlPages;
        Assert.NotEmpty(pages);
        var failures = new FailureList();
        await PageSweep.VisitAllAsync(site.Browser, site.Server, pages, new BrowserNewContextOptions(), async (page, path) =>
        {
            var result = await RunAxeAsync(page);
            foreach (var violation in result.Violations)
            {
                var targets = string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString() ?? node.Html));
                failures.Add($"{path}: {violation.Id} ({violation.Impact}) {violation.Help} — at {targets}");
            }
        });
        failures.AssertNone($"axe-core found WCAG A/AA violations on the {pages.Count} pages");
    }

    /// <summary>
    /// Runs axe.run in the page itself ("legacy" mode). The default mode exists for cross-origin
    /// iframes, which the site has none of, and for each page opens a second page and injects axe
    /// twice: three times slower, minutes over the whole site. To return to it, call page.RunAxe.
    /// </summary>
    private static Task<AxeResult> RunAxeAsync(IPage page)
    {
#pragma warning disable CS0618 // RunAxeLegacy is marked obsolete but is supported in the pinned version; see above.
        return page.RunAxeLegacy(null, WcagAandAA, null);
#pragma warning restore CS0618
    }
}
