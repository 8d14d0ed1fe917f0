using System.Globalization;
using BudgetSiteGen.SiteTests.Support;
using Microsoft.Playwright;

namespace BudgetSiteGen.SiteTests.Disclosure;

/// <summary>
/// The site-wide 公开合规 table has ten item columns: on a phone a reader scrolls them in the table's region and keeps
/// each report's name in view. The checklist pages are also in the sweeps that check every page (axe, reflow).
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class DisclosureTableTests(BuiltSite site)
{
    [Fact]
    public void The_page_sweeps_include_the_site_table_and_every_report_checklist_page()
    {
        Assert.Contains("disclosure.html", site.HtmlPages);
        var reports = site.HtmlPages.Where(p => p.EndsWith("/overview.html", StringComparison.Ordinal) || p.EndsWith("/index.html", StringComparison.Ordinal))
            .Where(p => site.HtmlPages.Contains(p[..p.LastIndexOf('/')] + "/tables/index.html")).ToList();
        Assert.NotEmpty(reports);
        Assert.All(reports, overview => Assert.Contains(overview[..overview.LastIndexOf('/')] + "/disclosure.html", site.HtmlPages));
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task Each_report_name_stays_in_view_while_the_items_scroll(int width)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.UrlOf("disclosure.html").ToString());

        var measured = await page.EvaluateAsync<string>("""
            () => {
              const region = document.querySelector('.table-scroll');
              const before = region.querySelector('tbody th').getBoundingClientRect().left;
              region.scrollLeft = region.scrollWidth;
              const name = region.querySelector('tbody th').getBoundingClientRect();
              const last = [...region.querySelectorAll('tbody tr:first-child td')].pop().getBoundingClientRect();
              const box = region.getBoundingClientRect();
              return [region.scrollWidth - region.clientWidth, Math.round(before), Math.round(name.left), Math.round(box.left), Math.round(last.right - box.right), document.documentElement.scrollWidth].join(' ');
            }
            """);
        var parts = measured.Split(' ').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();

        Assert.True(parts[5] <= width, $"the page is {parts[5]} px wide at {width} px");
        if (width == 360)
        {
            Assert.True(parts[0] > 0, "at 360 px the ten items should scroll inside the table's region");
        }

        Assert.InRange(parts[2] - parts[1], -1, 1);
        Assert.True(parts[4] <= 1, $"the last item column ends {parts[4]} px beyond the region when scrolled to the end");
    }
}
