using BudgetSiteGen.SiteTests.Support;
using Microsoft.Playwright;

namespace BudgetSiteGen.SiteTests.Layout;

/// <summary>
/// A static host serves 404.html at whatever address was missed, at any depth. Served at /a/b/c/missing the
/// page must look like the site and load nothing it cannot find; with base_url its links must lead home.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class NotFoundPageTests(BuiltSite site, PublishedSite published) : IClassFixture<PublishedSite>
{
    private const string Missed = "a/b/c/missing";

    [Fact]
    public async Task Served_deep_below_the_root_the_404_page_is_styled_and_requests_nothing_else()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 640 } });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await ServeNotFoundAt(page, site.FileOf("404.html"));

        var response = await page.GotoAsync(site.Server.UrlOf(Missed).ToString());
        Assert.Equal(404, response!.Status);
        Assert.Equal([site.Server.UrlOf(Missed).ToString()], requests);
        Assert.Equal("rgb(10, 75, 145)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor"));
        Assert.Equal("flex", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header .wrap')).display"));
        Assert.Equal(360, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
    }

    [Fact]
    public async Task With_base_url_the_404_page_served_deep_below_the_root_leads_home()
    {
        var served = published.Site;
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await ServeNotFoundAt(page, served.FileOf("404.html"));
        await page.GotoAsync(served.Server.UrlOf(Missed).ToString());
        Assert.Equal("rgb(10, 75, 145)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor"));

        foreach (var href in await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]:not([href^=\"#\"]), form[action]')].map(e => e.getAttribute('href') ?? e.getAttribute('action'))"))
        {
            Assert.True(href.StartsWith(served.Server.BaseUrl.ToString(), StringComparison.Ordinal) || href.StartsWith("https://beian.mps.gov.cn/", StringComparison.Ordinal),
                $"the 404 page links \"{href}\", which is not absolute from base_url");
        }

        await page.Locator("main a").ClickAsync();
        // On a busy machine, following the link and loading the home page has taken longer than Playwright's 30 s default.
        await page.WaitForURLAsync(served.Server.UrlOf("index.html").ToString(), new PageWaitForURLOptions { Timeout = 90_000 });
        Assert.Equal("残疾人事业预算公开", await page.TitleAsync());
    }

    /// <summary>Answers the missed address with the site's 404.html, as a static host does.</summary>
    private static Task ServeNotFoundAt(IPage page, string notFoundFile) =>
        page.RouteAsync("**/" + Missed, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 404,
            ContentType = "text/html; charset=utf-8",
            BodyBytes = File.ReadAllBytes(notFoundFile),
        }));
}
