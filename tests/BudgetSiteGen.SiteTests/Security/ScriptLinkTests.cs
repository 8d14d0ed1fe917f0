using System.Collections.Concurrent;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.SiteTests.Support;
using Microsoft.Playwright;

namespace BudgetSiteGen.SiteTests.Security;

/// <summary>
/// A reader who clicks any link on any page must never run script that came from a data file. The site is
/// built from content whose every Markdown field holds every spelling of a script link and whose every text
/// field holds script in markup; each would set window.__pwned or open an alert. Every link of every page is
/// then clicked in Chromium, and nothing may run. Any navigation that still leaves the page is cancelled
/// (net::ERR_ABORTED, as when a reader presses Stop), so nothing reaches another host; an address that runs
/// script needs no request, so it would still run.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ScriptLinkTests(BuiltSite shared, HostileSite hostile) : IClassFixture<HostileSite>
{
    [Fact]
    public void The_build_warns_about_every_script_link_and_foreign_image_of_every_Markdown_field()
    {
        var refused = hostile.Site.Diagnostics.Where(d => d.Code is DiagnosticCodes.RefusedLinkAddress or DiagnosticCodes.RefusedImageAddress).ToList();
        Assert.All(hostile.Site.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal(HostileContent.MarkdownFields * HostileContent.RefusedPerField, refused.Count);
    }

    [Fact]
    public async Task Clicking_every_link_of_every_page_runs_no_script_from_the_content()
    {
        var site = hostile.Site;
        var failures = new FailureList();
        var clicked = 0;
        var followed = 0;
        var dialogs = new ConcurrentBag<string>();
        var watched = new ConcurrentDictionary<IPage, string>();
        var options = new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } };
        await PageSweep.VisitAllAsync(shared.Browser, site.Server, site.HtmlPages, options, async (page, path) =>
        {
            // A sweep reuses its tab for many pages: the handler is added once per tab and reads the page it is on.
            if (watched.TryAdd(page, path))
            {
                page.Dialog += async (_, dialog) =>
                {
                    dialogs.Add($"{watched[page]}: a {dialog.Type} dialog \"{dialog.Message}\"");
                    try
                    {
                        await dialog.DismissAsync();
                    }
                    catch (PlaywrightException)
                    {
                        // Already dismissed, or the page went away: the dialog is counted either way.
                    }
                };
            }

            watched[page] = path;
            // Installed once the page has loaded: from now on every navigation, even to this page, is cancelled.
            await page.RouteAsync("**/*", async route =>
            {
                if (route.Request.IsNavigationRequest)
                {
                    await route.AbortAsync("aborted");
                    return;
                }

                await route.ContinueAsync();
            });

            var counts = (await page.EvaluateAsync<string>(ClickEveryLink)).Split(' ');
            Interlocked.Add(ref clicked, int.Parse(counts[0], System.Globalization.CultureInfo.InvariantCulture));
            Interlocked.Add(ref followed, int.Parse(counts[1], System.Globalization.CultureInfo.InvariantCulture));

            // A javascript: address runs as a task after the click; give the last one time to run.
            await page.WaitForTimeoutAsync(100);
            if (await page.EvaluateAsync<bool>("() => window.__pwned === 1"))
            {
                failures.Add($"{path}: window.__pwned was set, so script from the content ran");
            }

            if (!page.Url.StartsWith(site.Server.BaseUrl.ToString(), StringComparison.Ordinal))
            {
                failures.Add($"{path}: the page ended at {page.Url}");
            }

            await page.UnrouteAllAsync(new PageUnrouteAllOptions { Behavior = UnrouteBehavior.IgnoreErrors });
        });

        foreach (var dialog in dialogs)
        {
            failures.Add(dialog);
        }

        Assert.True(clicked > 100, $"only {clicked} links were clicked on {site.HtmlPages.Count} pages");
        Assert.True(followed >= HostileContent.MarkdownFields, $"only {followed} links other than http(s) were followed; the content's mailto: links alone are {HostileContent.MarkdownFields}");
        failures.AssertNone($"script ran after clicking {clicked} links on {site.HtmlPages.Count} pages");
    }

    [Fact]
    public void The_safe_links_of_the_content_stay_links_and_no_script_address_is_in_any_page()
    {
        var site = hostile.Site;
        var failures = new FailureList();
        var safeLinks = 0;
        foreach (var path in site.HtmlPages)
        {
            var document = HtmlFiles.Parse(site.FileOf(path));
            safeLinks += document.QuerySelectorAll("a[href='https://example.org/'], a[href='mailto:office@example.org']").Length;
            foreach (var reference in MarkupUrls.In(document))
            {
                var scheme = reference.Url.Split(':', 2)[0].Trim().ToLowerInvariant();
                if (reference.Url.Contains(':', StringComparison.Ordinal) && scheme is not ("http" or "https" or "mailto") && !scheme.Contains('/', StringComparison.Ordinal)
                    && !reference.Url.StartsWith("data:image/svg+xml;base64,", StringComparison.Ordinal))
                {
                    failures.Add($"{path}: {reference.Where} \"{reference.Url}\"");
                }
            }

            if (document.QuerySelectorAll("script:not([src])").Any(s => s.TextContent.Contains("__pwned", StringComparison.Ordinal))
                || document.QuerySelectorAll("[onerror]").Length > 0)
            {
                failures.Add($"{path}: markup from the content became elements");
            }
        }

        Assert.True(safeLinks >= HostileContent.MarkdownFields * 2, $"only {safeLinks} of the content's https: and mailto: links are links on the pages");
        failures.AssertNone("addresses with a scheme other than http, https or mailto");
    }

    /// <summary>
    /// Clicks each link in turn (HTMLElement.click(), which follows a link as a mouse click does). A click on
    /// an http: or https: link (as the browser itself reads the address) can only load a page, so that load is
    /// cancelled in the page and one page load serves all its links. Every other link — the content's mailto:
    /// links, and any script address a sanitiser let through — is followed for real, and the next click waits
    /// until the task that would run a javascript: address has run: a second navigation started at once could
    /// cancel it. Returns "clicked followed".
    /// </summary>
    private const string ClickEveryLink = """
        async () => {
          const isWeb = link => link.protocol === 'http:' || link.protocol === 'https:';
          const holdPageLoads = event => {
            const link = event.target.closest && event.target.closest('a[href]');
            if (link && isWeb(link)) event.preventDefault();
          };
          document.addEventListener('click', holdPageLoads);
          const links = [...document.querySelectorAll('a[href]')];
          let followed = 0;
          for (const link of links) {
            link.click();
            if (!isWeb(link)) {
              followed++;
              await new Promise(resolve => setTimeout(resolve, 50));
            }
          }
          document.removeEventListener('click', holdPageLoads);
          return `${links.length} ${followed}`;
        }
        """;
}
