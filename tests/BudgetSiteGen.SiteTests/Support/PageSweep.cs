using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// Visits every page in the shared browser with a few tabs at once: enough to keep two cores busy,
/// few enough that a slow page does not time out because the machine is saturated.
/// </summary>
public static class PageSweep
{
    private const int Tabs = 2;

    public static Task VisitAllAsync(BuiltSite site, BrowserNewContextOptions options, Func<IPage, string, Task> visit) =>
        VisitAllAsync(site.Browser, site.Server, site.HtmlPages, options, visit);

    /// <summary>The same sweep over any served site, such as a <see cref="ScratchSite"/>.</summary>
    public static async Task VisitAllAsync(IBrowser browser, StaticSiteServer server, IReadOnlyList<string> pages, BrowserNewContextOptions options, Func<IPage, string, Task> visit)
    {
        var queue = new ConcurrentQueue<string>(pages);
        var workers = Enumerable.Range(0, Math.Min(Tabs, Math.Max(1, pages.Count))).Select(async _ =>
        {
            await using var context = await browser.NewContextAsync(options);
            var page = await context.NewPageAsync();
            while (queue.TryDequeue(out var path))
            {
                var response = await page.GotoAsync(server.UrlOf(path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                Assert.True(response is { Ok: true }, $"{path}: the server answered {response?.Status} instead of the page");
                await visit(page, path);
            }
        });
        await Task.WhenAll(workers);
    }
}
