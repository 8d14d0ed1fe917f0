using System.Text;
using AngleSharp.Dom;
using BudgetSiteGen.Building;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Disclosure;

/// <summary>The 公开合规 page of each report, the site-wide table and its CSV, as a reader and a spreadsheet see them.</summary>
public sealed class DisclosurePagesTests(DisclosureSite built) : IClassFixture<DisclosureSite>
{
    private const string ZezhouPage = "zezhou/dpf/2024-budget/disclosure.html";
    private const string FinancePage = "shanghai-putuo/finance/2024-final/disclosure.html";

    private static readonly string[] ItemNames =
        ["公开表齐全", "空表说明", "“三公”经费说明", "机关运行经费", "政府采购", "国有资产占有", "绩效目标", "决算与预算差异", "名词解释", "批复后20日内公开"];

    private ScratchSite Site => built.Site;

    /// <summary>A link's target as a path from the site root (with its fragment), read from the page it is on.</summary>
    private static string Resolve(string fromPage, IElement link)
    {
        var target = new Uri(new Uri("http://site/" + fromPage), link.GetAttribute("href"));
        return target.AbsolutePath.TrimStart('/') + target.Fragment;
    }

    [Fact]
    public void Every_report_menu_leads_to_its_disclosure_page_which_lists_every_item_with_its_outcome_in_words()
    {
        var overview = Site.Page("zezhou/dpf/2024-budget/index.html");
        Assert.Contains(overview.QuerySelectorAll("nav.section-menu a"), a => a.TextContent == "公开合规" && Resolve("zezhou/dpf/2024-budget/index.html", a) == ZezhouPage);

        var page = Site.Page(ZezhouPage);
        var items = page.QuerySelectorAll("li.disclosure-item").ToList();
        Assert.Equal(ItemNames, items.Select(i => i.QuerySelector("h2")!.TextContent));
        var threePublic = items.Single(i => i.Id == "three-public");
        Assert.Equal("✗ 不符合", PageText.Visible(threePublic.QuerySelector(".outcome-mark")!));
        Assert.Contains("说明未与上年（或预算）比较", threePublic.TextContent, StringComparison.Ordinal);
        Assert.Contains("规定出处：", threePublic.TextContent, StringComparison.Ordinal);
        Assert.Equal("? 无法判断", PageText.Visible(items.Single(i => i.Id == "timeliness").QuerySelector(".outcome-mark")!));
        Assert.Contains("共检查10项：符合7项，不符合1项，无法判断1项，不适用1项。", page.QuerySelector("main .lead")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_links_to_the_table_or_section_it_cites_and_every_link_resolves()
    {
        var page = Site.Page(ZezhouPage);
        var links = page.QuerySelectorAll("ul.evidence a").Select(a => Resolve(ZezhouPage, a)).ToList();

        Assert.Contains("zezhou/dpf/2024-budget/tables/12.html", links);
        Assert.Contains("zezhou/dpf/2024-budget/narrative.html#three-public", links);
        foreach (var link in links)
        {
            var file = link.Split('#')[0];
            Assert.True(Site.Exists(file), $"{link} does not exist");
            if (link.Contains('#', StringComparison.Ordinal))
            {
                Assert.NotNull(Site.Page(file).GetElementById(link.Split('#')[1]));
            }
        }
    }

    [Fact]
    public void A_final_account_is_judged_on_its_difference_from_the_budget_and_not_on_goals()
    {
        var items = Site.Page(FinancePage).QuerySelectorAll("li.disclosure-item").ToDictionary(i => i.Id!);

        Assert.Equal("✓ 符合", PageText.Visible(items["budget-variance"].QuerySelector(".outcome-mark")!));
        Assert.Equal("– 不适用", PageText.Visible(items["performance-goals"].QuerySelector(".outcome-mark")!));
    }

    [Fact]
    public void The_site_table_has_a_row_per_report_and_a_column_per_item_with_symbols_and_words()
    {
        var page = Site.Page("disclosure.html");
        var table = page.QuerySelector("table.disclosure-table")!;
        var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
        Assert.Equal(["报告", .. ItemNames], headers);

        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        var zezhou = rows.Single(r => r.QuerySelector("th")!.TextContent.Contains("泽州县", StringComparison.Ordinal));
        Assert.Equal(ZezhouPage, Resolve("disclosure.html", zezhou.QuerySelector("th a")!));
        var cells = zezhou.QuerySelectorAll("td").Select(PageText.Visible).ToList();
        Assert.Equal(["✓ 符合", "✓ 符合", "✗ 不符合", "✓ 符合", "✓ 符合", "✓ 符合", "✓ 符合", "– 不适用", "✓ 符合", "? 无法判断"], cells);
        Assert.All(zezhou.QuerySelectorAll("td"), td => Assert.Equal("true", td.QuerySelector("span")!.GetAttribute("aria-hidden")));
    }

    [Fact]
    public void The_checks_summary_links_to_the_site_table()
    {
        Assert.Contains(Site.Page("checks.html").QuerySelectorAll("main a"), a => Resolve("checks.html", a) == "disclosure.html");
    }

    [Fact]
    public void The_csv_holds_the_same_table_in_words_for_spreadsheets_and_is_in_the_manifest()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Site.Output, "disclosure.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("行政区,部门,年度,页面," + string.Join(',', ItemNames), lines[0]);
        Assert.Equal("泽州县,泽州县残疾人联合会,2024年部门预算,zezhou/dpf/2024-budget/disclosure.html,符合,符合,不符合,符合,符合,符合,符合,不适用,符合,无法判断", lines[1]);
        Assert.Equal("普陀区,上海市普陀区财政局,2024年部门决算,shanghai-putuo/finance/2024-final/disclosure.html,符合,符合,符合,符合,符合,符合,不适用,符合,不符合,无法判断", lines[2]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(File.ReadAllLines(Path.Combine(Site.Output, "manifest-sha256.txt")), line => line.EndsWith(" disclosure.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void The_csv_is_byte_identical_across_builds()
    {
        using var scratch = new ScratchContent();
        scratch.Report("zezhou/dpf/2024-budget.yaml", File.ReadAllText(Path.Combine(Repository.Content, "reports/zezhou/dpf/2024-budget.yaml")));
        var second = Path.Combine(scratch.Root, "output");
        Assert.True(SiteBuilder.Build(new BuildOptions(scratch.Content, second, Repository.Themes), SilentProgress.Instance).Succeeded);
        var third = Path.Combine(scratch.Root, "again");
        Assert.True(SiteBuilder.Build(new BuildOptions(scratch.Content, third, Repository.Themes), SilentProgress.Instance).Succeeded);

        Assert.Equal(File.ReadAllBytes(Path.Combine(second, "disclosure.csv")), File.ReadAllBytes(Path.Combine(third, "disclosure.csv")));
    }
}
