using BudgetSiteGen.SiteTests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BudgetSiteGen.SiteTests.Search;

/// <summary>
/// The search page as a citizen uses it, once over http://127.0.0.1 and once from file:// (where
/// browsers refuse fetch, so the index must load through script elements). Each query must put the page
/// a reader is looking for first.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class SearchTests(BuiltSite site)
{
    public static TheoryData<string, string, string> Queries => new()
    {
        // query, what the first result's title must contain, what its address must contain
        { "残疾儿童康复", "残疾儿童康复", "/performance/" },
        { "无障碍改造", "无障碍改造", "/performance/" },
        // Any report's 三公 table: Shanxi prints it as table 10, Shanghai as table 9 (with 机关运行经费).
        { "三公经费", "“三公”经费", "/tables/" },
        { "2081104", "预算", "/tables/" },
        { "20811", "预算", "/tables/" },
        { "泽州 康复经费", "康复经费", "zezhou/dpf/2024-budget/performance/" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Over_http_the_expected_page_comes_first(string query, string title, string address) =>
        await ExpectFirst(site.Server.BaseUrl + "search.html", query, title, address);

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task From_file_the_expected_page_comes_first(string query, string title, string address) =>
        await ExpectFirst(new Uri(site.FileOf("search.html")).AbsoluteUri, query, title, address);

    [Fact]
    public async Task A_code_query_finds_a_table_that_lists_the_code()
    {
        var page = await Search(site.Server.BaseUrl + "search.html", "2081104");
        await page.ClickAsync("#search-results li:first-child a");
        await page.WaitForLoadStateAsync();
        Assert.Contains("2081104", await page.InnerTextAsync("table.budget-table"));
    }

    [Fact]
    public async Task A_query_with_no_match_says_so()
    {
        var page = await Search(site.Server.BaseUrl + "search.html", "火星探测");
        Assert.Contains("没有找到", await page.InnerTextAsync("#search-status"));
        Assert.Equal(0, await page.Locator("#search-results li").CountAsync());
    }

    [Fact]
    public async Task The_header_search_box_leads_to_results()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + "zezhou/dpf/2024-budget/tables/3.html");
        await page.FillAsync("#header-q", "康复经费");
        await page.PressAsync("#header-q", "Enter");
        await page.WaitForSelectorAsync("#search-results li");
        Assert.Contains("康复经费", await page.InnerTextAsync("#search-results li:first-child a"));
    }

    [Fact]
    public async Task With_results_shown_the_search_page_has_no_accessibility_violation()
    {
        var page = await Search(site.Server.BaseUrl + "search.html", "残疾儿童康复");
        await page.ClickAsync("#search-filters summary");
#pragma warning disable CS0618 // the same axe call as the accessibility sweep, which explains it
        var result = await page.RunAxeLegacy(null, new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        }, null);
#pragma warning restore CS0618
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help}")));
        Assert.Equal("polite", await page.GetAttributeAsync("#search-status", "aria-live"));
    }

    [Fact]
    public async Task A_filter_narrows_the_results_to_one_page_type()
    {
        var page = await Search(site.Server.BaseUrl + "search.html", "康复");
        var before = await page.Locator("#search-status").InnerTextAsync();
        await page.ClickAsync("#search-filters summary");
        await page.SelectOptionAsync("#filter-type", "table");
        await page.WaitForFunctionAsync($"() => {{ const s = document.getElementById('search-status').textContent; return s !== {System.Text.Json.JsonSerializer.Serialize(before)} && /找到|没有找到/.test(s) && document.querySelectorAll('#search-results li').length > 0; }}");
        var links = await page.Locator("#search-results li a").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.Contains("/tables/", href));
    }

    private async Task ExpectFirst(string url, string query, string title, string address)
    {
        var page = await Search(url, query);
        var first = page.Locator("#search-results li:first-child a");
        Assert.Contains(title, await first.InnerTextAsync());
        Assert.Contains(address, await first.GetAttributeAsync("href"));
    }

    private async Task<IPage> Search(string url, string query)
    {
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.FillAsync("#q", query);
        await page.PressAsync("#q", "Enter");
        await page.WaitForFunctionAsync("() => /结果|没有找到/.test(document.getElementById('search-status').textContent)");
        if (await page.Locator("#search-results li").CountAsync() == 0 && !(await page.InnerTextAsync("#search-status")).Contains("没有找到"))
        {
            await page.WaitForSelectorAsync("#search-results li");
        }

        return page;
    }
}
