using BudgetSiteGen.SiteTests.Support;
using Microsoft.Playwright;

namespace BudgetSiteGen.SiteTests.Layout;

/// <summary>
/// A department's comparison of years is read for its newest year and the change from the year before.
/// On a 360 px phone, with four years, those must be in view beside the names without scrolling sideways.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class YearComparisonTests(BuiltSite site, PublishedSite published) : IClassFixture<PublishedSite>
{
    [Fact]
    public async Task On_a_phone_the_newest_year_and_its_change_are_in_view_in_every_table_of_the_comparison_of_years()
    {
        var served = published.Site;
        const string path = "zezhou/dpf/compare.html";
        Assert.True(File.Exists(served.FileOf(path)), "the four years of Zezhou have no comparison of years");
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 640 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(served.Server.UrlOf(path).ToString());

        var headers = await page.EvaluateAsync<string[]>("() => [...document.querySelector('table.compare-table thead tr').cells].map(c => c.textContent.trim())");
        Assert.Equal(["指标（金额单位：万元）", "2024年部门预算", "2023年部门预算", "2022年部门预算", "2021年部门预算"], headers);

        // Every cell of the newest column, with its change, lies wholly inside its table's visible region.
        var outside = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.table-scroll')].flatMap(region => {
              const box = region.getBoundingClientRect();
              const right = box.left + region.clientLeft + region.clientWidth;
              return [...region.querySelectorAll('table.compare-table tr')].map(row => row.cells[1]).filter(cell => cell)
                .filter(cell => { const r = cell.getBoundingClientRect(); return r.left < box.left || r.right > right + 1; })
                .map(cell => `${region.querySelector('caption').textContent}: "${cell.textContent.trim()}" ends at ${Math.round(cell.getBoundingClientRect().right)} px, the region at ${Math.round(right)} px`);
            })
            """);
        Assert.Empty(outside);
        var changes = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('table.compare-table tbody tr')].filter(row => row.cells[1]?.querySelector('.change')).length");
        Assert.True(changes > 10, $"only {changes} rows show the newest year's change from the year before");
    }

    [Fact]
    public async Task On_a_published_site_every_footer_links_the_public_security_record_and_a_page_requests_nothing_from_another_host()
    {
        var served = published.Site;
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var hosts = new List<string>();
        page.Request += (_, request) => hosts.Add(new Uri(request.Url).Host);
        await page.GotoAsync(served.Server.UrlOf("zezhou/dpf/2024-budget/tables/3.html").ToString());

        var footer = await page.Locator("footer").InnerTextAsync();
        Assert.Contains("主办单位：泽州县残疾人联合会", footer);
        Assert.Contains("网站标识码：1405250001", footer);
        Assert.Contains("ICP备案号：晋ICP备12345678号", footer);
        var record = page.Locator($"footer a:has-text('{PublishedSite.PublicSecurityNumber}')");
        Assert.Equal("https://beian.mps.gov.cn/#/query/webSearch?code=14052502000001", await record.GetAttributeAsync("href"));
        Assert.All(hosts, host => Assert.Equal("127.0.0.1", host));
    }
}
