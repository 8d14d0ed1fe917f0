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

    public static async Task VisitAllAsync(BuiltSite site, BrowserNewContextOptions options, Func<IPage, string, Task> visit)
    {
        var queue = new ConcurrentQueue<string>(site.HtmlPages);
        var workers = Enumerable.Range(0, Math.Min(Tabs, Math.Max(1, site.HtmlPages.Count))).Select(async _ =>
        {
            await using var context = await site.Browser.NewContextAsync(options);
            var page = await context.NewPageAsync();
            while (queue.TryDequeue(out var path))
            {
                var response = await page.GotoAsync(site.Server.UrlOf(path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                Assert.True(response is { Ok: true }, $"{path}: the server answered {response?.Status} instead of the page");
                await visit(page, path);
            }
        });
        await Task.WhenAll(workers);
    }
}
