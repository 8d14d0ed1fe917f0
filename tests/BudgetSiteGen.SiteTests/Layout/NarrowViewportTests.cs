using System.Text.Json;
using BudgetSiteGen.SiteTests.Support;
using Microsoft.Playwright;

namespace BudgetSiteGen.SiteTests.Layout;

/// <summary>
/// At 320 CSS pixels (a small phone, or 1280 px zoomed to 400 %, WCAG 1.4.10 Reflow) the page must not
/// scroll sideways; only a wide table may, inside its own scroll region, which keyboard users must be
/// able to reach and scroll.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class NarrowViewportTests(BuiltSite site)
{
    private const int Width = 320;
    private const int Height = 640;

    // Measured in the page as JSON and read here, so the shape does not depend on Playwright's own mapping.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string MeasureRegions = """
        () => JSON.stringify([...document.querySelectorAll('.table-scroll')].map(el => {
          const labelledBy = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(id => id);
          const labelText = labelledBy.map(id => document.getElementById(id)?.textContent?.trim() || '').join('');
          return {
            tabindex: el.getAttribute('tabindex'),
            role: el.getAttribute('role'),
            name: (el.getAttribute('aria-label') || '').trim() || labelText,
            scrollWidth: el.scrollWidth,
            clientWidth: el.clientWidth,
          };
        }))
        """;

    [Fact]
    public Task No_page_scrolls_sideways_and_every_wide_table_scrolls_in_a_keyboard_reachable_region() => AssertReflowsAsync(site);

    internal static async Task AssertReflowsAsync(BuiltSite site)
    {
        Assert.NotEmpty(site.HtmlPages);
        var failures = new FailureList();
        var overflowingRegions = 0;
        var options = new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = Width, Height = Height } };
        await PageSweep.VisitAllAsync(site, options, async (page, path) =>
        {
            var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (pageWidth != Width)
            {
                failures.Add($"{path}: the page is {pageWidth} px wide at a {Width} px viewport, so it scrolls sideways");
            }

            var regions = JsonSerializer.Deserialize<ScrollRegion[]>(await page.EvaluateAsync<string>(MeasureRegions), Json)!;
            for (var i = 0; i < regions.Length; i++)
            {
                var region = regions[i];
                var where = $"{path}: .table-scroll #{i + 1}";
                if (region.Tabindex != "0")
                {
                    failures.Add($"{where} has tabindex={region.Tabindex ?? "(none)"}; it needs tabindex=\"0\" so keyboard users can scroll it");
                }

                if (region.Role != "region")
                {
                    failures.Add($"{where} has role={region.Role ?? "(none)"}; it needs role=\"region\"");
                }

                if (string.IsNullOrWhiteSpace(region.Name))
                {
                    failures.Add($"{where} has no accessible name (aria-label, or aria-labelledby naming an element with text)");
                }

                if (region.ScrollWidth > region.ClientWidth)
                {
                    Interlocked.Increment(ref overflowingRegions);
                    if (!await ArrowRightScrollsAsync(page, i))
                    {
                        failures.Add($"{where} is {region.ScrollWidth} px wide in {region.ClientWidth} px, but ArrowRight while it has focus does not scroll it");
                    }
                }
            }
        });

        failures.AssertNone($"at {Width}×{Height}");
        Assert.True(overflowingRegions > 0,
            $"no page has a .table-scroll region wider than its box at {Width} px: either the big tables are missing or they are not in scroll regions");
    }

    private static async Task<bool> ArrowRightScrollsAsync(IPage page, int index)
    {
        var region = page.Locator(".table-scroll").Nth(index);
        await region.EvaluateAsync("el => { el.scrollLeft = 0; }");
        await region.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        try
        {
            // Smooth scrolling moves over a few frames, so wait for it rather than reading at once.
            await region.EvaluateAsync("""
                el => new Promise((resolve, reject) => {
                  const start = performance.now();
                  const poll = () => el.scrollLeft > 0 ? resolve(true)
                    : performance.now() - start > 2000 ? reject(new Error('not scrolled')) : requestAnimationFrame(poll);
                  poll();
                })
                """);
            return true;
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }
}
