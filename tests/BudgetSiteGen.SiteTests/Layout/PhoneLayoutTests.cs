using System.Globalization;
using BudgetSiteGen.SiteTests.Support;
using Microsoft.Playwright;

namespace BudgetSiteGen.SiteTests.Layout;

/// <summary>
/// On a 360 × 640 phone a reader who opens a table must see the table, not a screen of header, trail and
/// menu; and when the table scrolls sideways, the row names that stay in view must leave room for figures.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class PhoneLayoutTests(BuiltSite site)
{
    private const int Width = 360;
    private const int Height = 640;
    private const int RowsOnFirstScreen = 3;

    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new ViewportSize { Width = Width, Height = Height } };

    private IReadOnlyList<string> TablePages => site.HtmlPages.Where(p => p.Contains("/tables/", StringComparison.Ordinal) && !p.EndsWith("/index.html", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task On_a_phone_every_table_page_shows_rows_of_its_table_on_the_first_screen()
    {
        Assert.NotEmpty(TablePages);
        var failures = new FailureList();
        await PageSweep.VisitAllAsync(site.Browser, site.Server, TablePages, Phone, async (page, path) =>
        {
            // Rows whose top is at least a line above the bottom of the first screen, in the page's first table.
            var shown = await page.EvaluateAsync<int>($$"""
                () => [...(document.querySelector('table.budget-table')?.tBodies[0]?.rows ?? [])]
                  .filter(row => row.getBoundingClientRect().top + 16 <= {{Height}}).length
                """);
            var rows = await page.EvaluateAsync<int>("() => document.querySelector('table.budget-table')?.tBodies[0]?.rows.length ?? 0");
            if (shown < Math.Min(RowsOnFirstScreen, rows))
            {
                failures.Add($"{path}: {shown} of its {rows} rows begin on the first {Width}×{Height} screen; at least {Math.Min(RowsOnFirstScreen, rows)} should");
            }
        });
        failures.AssertNone($"the first screen of {TablePages.Count} table pages");
    }

    [Fact]
    public async Task On_a_phone_the_row_names_that_stay_in_view_leave_at_least_two_amount_columns_beside_them()
    {
        var failures = new FailureList();
        var measured = 0;
        await PageSweep.VisitAllAsync(site.Browser, site.Server, TablePages, Phone, async (page, path) =>
        {
            // Each table scrolled to its right end: the amount cells of its first row wholly between the sticky
            // name cell and the region's right edge.
            var results = await page.EvaluateAsync<string>("""
                () => JSON.stringify([...document.querySelectorAll('.table-scroll')].flatMap(region => {
                  const table = region.querySelector('table.budget-table');
                  const row = table?.tBodies[0]?.rows[0];
                  const amounts = row ? [...row.querySelectorAll('td[data-col]')] : [];
                  // A table of one unlabelled row (上海's 三公 table) has no names to keep in view.
                  if (amounts.length < 2 || !row.querySelector('th.name')) return [];
                  region.scrollLeft = region.scrollWidth;
                  const name = row.querySelector('th.name').getBoundingClientRect();
                  const box = region.getBoundingClientRect();
                  const right = box.left + region.clientLeft + region.clientWidth;
                  const inView = amounts.filter(td => { const r = td.getBoundingClientRect(); return r.left >= name.right - 1 && r.right <= right + 1; }).length;
                  return [`${table.dataset.table}/${table.dataset.section} ${inView} ${Math.round(name.width)}`];
                }))
                """);
            foreach (var result in System.Text.Json.JsonSerializer.Deserialize<string[]>(results)!)
            {
                Interlocked.Increment(ref measured);
                var parts = result.Split(' ');
                if (int.Parse(parts[1], CultureInfo.InvariantCulture) < 2)
                {
                    failures.Add($"{path}: table {parts[0]} shows {parts[1]} whole amount column(s) beside its {parts[2]} px row names when scrolled");
                }
            }
        });

        Assert.True(measured > 10, $"only {measured} tables with two or more amount columns were measured");
        failures.AssertNone($"sticky row names at {Width} px ({measured} tables)");
    }

    [Fact]
    public async Task The_section_menu_is_folded_on_a_phone_opens_without_script_and_is_open_on_a_wide_screen()
    {
        var path = TablePages[0];
        await using (var phone = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Phone.ViewportSize, JavaScriptEnabled = false }))
        {
            var page = await phone.NewPageAsync();
            await page.GotoAsync(site.Server.UrlOf(path).ToString());
            var link = page.Locator("nav.section-menu a").First;
            Assert.False(await link.IsVisibleAsync(), "on a phone the section menu's links show before it is opened");
            await page.Locator("nav.section-menu summary").ClickAsync();
            Assert.True(await link.IsVisibleAsync(), "the section menu did not open without JavaScript");
        }

        await using var wide = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 }, JavaScriptEnabled = false });
        var desktop = await wide.NewPageAsync();
        await desktop.GotoAsync(site.Server.UrlOf(path).ToString());
        Assert.False(await desktop.Locator("nav.section-menu summary").IsVisibleAsync(), "on a wide screen the menu shows a toggle");
        var links = desktop.Locator("nav.section-menu a");
        Assert.True(await links.CountAsync() > 5);
        for (var i = 0; i < await links.CountAsync(); i++)
        {
            Assert.True(await links.Nth(i).IsVisibleAsync(), $"on a wide screen the menu link \"{await links.Nth(i).InnerTextAsync()}\" is hidden");
        }

        // What a screen reader is given: the links themselves, not a collapsed group.
        var tree = await desktop.Locator("nav.section-menu").AriaSnapshotAsync();
        Assert.Contains("link \"预算公开表\"", tree);
        Assert.Contains("link \"数据核对\"", tree);
    }
}
