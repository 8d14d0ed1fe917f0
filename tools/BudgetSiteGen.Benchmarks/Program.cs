using System.Globalization;
using BudgetSiteGen.Benchmarks;
using BudgetSiteGen.Cli;
using Microsoft.Playwright;

// query-bytes SITE_FOLDER budgetsitegen|pagefind QUERY
// Serves the built site on 127.0.0.1, runs QUERY in headless Chromium the way a reader would, and prints
// how many bytes the browser downloaded for it: every response except the HTML page and its stylesheet.
if (args.Length != 3 || args[1] is not ("budgetsitegen" or "pagefind"))
{
    Console.Error.WriteLine("usage: query-bytes SITE_FOLDER budgetsitegen|pagefind QUERY");
    return 2;
}

var (site, engine, query) = (Path.GetFullPath(args[0]), args[1], args[2]);
if (engine == "pagefind")
{
    File.WriteAllText(Path.Combine(site, "pagefind-query.html"), PagefindHarness.Html);
}

var port = FreePort.Find();
await using var server = PreviewServer.Start(site, port, Console.Error);

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
var page = await browser.NewPageAsync();
var counted = new List<Task<(string Url, int Bytes)>>();
page.Response += (_, response) =>
{
    var url = response.Url;
    if (url.EndsWith(".html", StringComparison.Ordinal) || url.Contains(".html?", StringComparison.Ordinal) || url.EndsWith("site.css", StringComparison.Ordinal))
    {
        return;
    }

    counted.Add(Task.Run(async () => (url, (await response.BodyAsync()).Length)));
};

var escaped = Uri.EscapeDataString(query);
var start = engine == "pagefind" ? $"pagefind-query.html?q={escaped}" : $"search.html?q={escaped}";
await page.GotoAsync($"http://127.0.0.1:{port}/{start}");
await page.WaitForFunctionAsync(engine == "pagefind"
    ? "() => document.title.startsWith('done')"
    : "() => /结果|没有找到/.test(document.getElementById('search-status').textContent) && (document.querySelectorAll('#search-results li').length > 0 || /没有找到/.test(document.getElementById('search-status').textContent))",
    null, new PageWaitForFunctionOptions { Timeout = 120_000 });
await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
var results = await Task.WhenAll(counted);
var first = engine == "pagefind"
    ? await page.EvaluateAsync<string>("() => document.title")
    : await page.Locator("#search-results li:first-child a").CountAsync() == 0 ? "(none)" : await page.InnerTextAsync("#search-results li:first-child a");
var status = engine == "pagefind" ? string.Empty : await page.InnerTextAsync("#search-status");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{engine}\t{query}\t{results.Sum(r => r.Bytes)} bytes in {results.Length} requests\t{status}\tfirst: {first.Replace('\n', ' ')}"));
foreach (var (url, bytes) in results.OrderByDescending(r => r.Bytes).Take(5))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes,8} {url}"));
}

return 0;
