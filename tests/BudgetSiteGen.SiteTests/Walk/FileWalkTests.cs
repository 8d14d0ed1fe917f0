using BudgetSiteGen.SiteTests.Support;
using Microsoft.Playwright;

namespace BudgetSiteGen.SiteTests.Walk;

/// <summary>
/// An archivist opens the snapshot straight from disk, with no network, and reads through it as a citizen
/// would: home, a department-year, a table, its download, a card, and a search.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class FileWalkTests(BuiltSite site)
{
    [Fact]
    public async Task From_file_home_to_a_table_its_download_a_card_and_search_without_any_network()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
        var attempted = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file://", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            attempted.Add(route.Request.Url);
            await route.AbortAsync();
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.FileOf("index.html")).AbsoluteUri);

        await page.ClickAsync("text=2024年部门预算 >> nth=1");
        await page.WaitForSelectorAsync("h1:has-text('泽州县残疾人联合会')");
        await page.ClickAsync("nav.section-menu >> text=预算公开表");
        await page.ClickAsync("main >> text=预算公开表3 2024年预算支出总表");
        Assert.Contains("1,806.23", await page.InnerTextAsync("table.budget-table"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("p.download a"));
        var saved = Path.Combine(Path.GetTempPath(), "bsg-walk-" + Guid.NewGuid().ToString("N") + ".csv");
        await download.SaveAsAsync(saved);
        Assert.Contains("1806.23", await File.ReadAllTextAsync(saved));
        File.Delete(saved);

        await page.ClickAsync("nav.section-menu >> text=绩效目标");
        await page.ClickAsync("text=康复经费");
        await page.WaitForSelectorAsync("h1:has-text('康复经费')");
        Assert.Contains("2,199,500", await page.InnerTextAsync("table.funds-table"));

        await page.FillAsync("#header-q", "三公经费");
        await page.PressAsync("#header-q", "Enter");
        await page.WaitForSelectorAsync("#search-results li");
        Assert.Contains("三公", await page.InnerTextAsync("#search-results li:first-child a"));
        Assert.StartsWith("file://", page.Url);
        Assert.Empty(attempted);
    }
}
