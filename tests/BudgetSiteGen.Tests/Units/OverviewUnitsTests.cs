using AngleSharp.Dom;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Units;

/// <summary>
/// The key figures of the two Shanghai reports, read from their source documents: the final accounts show what a
/// 决算 reports, in 万元; the budget in 元 shows its 万元 三公 table converted, never as 元.
/// </summary>
public sealed class OverviewUnitsTests : IDisposable
{
    private readonly ScratchSite _site = new ScratchSite()
        .RealReport("shanghai-putuo/govoffice/2025-budget.yaml")
        .RealReport("shanghai-putuo/finance/2024-final-accounts.yaml")
        .Build();

    public void Dispose() => _site.Dispose();

    /// <summary>Each key figure as "label → value unit" and its source link's text.</summary>
    private static Dictionary<string, (string Value, string Source)> KeyFigures(IDocument page) =>
        page.QuerySelectorAll("dl.key-figures > div").ToDictionary(
            div => div.QuerySelector("dt")!.TextContent.Trim(),
            div => (string.Join(' ', div.QuerySelector("dd")!.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries)), div.QuerySelector("dd.source")!.TextContent.Trim()));

    [Fact]
    public void The_final_accounts_show_their_decisive_figures_in_wan_yuan()
    {
        var figures = KeyFigures(_site.Page("shanghai-putuo/finance/2024-final/index.html"));
        // 收入支出决算总表: 本年收入合计 2,946.25, 本年支出合计 2,940.05, 年初结转和结余 49.14, 年末结转和结余 55.34 (万元).
        Assert.Equal("2,946.25 万元", figures["本年收入合计"].Value);
        Assert.Equal("2,940.05 万元", figures["本年支出合计"].Value);
        Assert.Equal("49.14 万元", figures["年初结转和结余"].Value);
        Assert.Equal("55.34 万元", figures["年末结转和结余"].Value);
        Assert.Equal("2,940.05 万元", figures["一般公共预算财政拨款收入"].Value);
        Assert.Equal("6.20 万元", figures["其他收入"].Value);
        // 支出决算表 合计: 基本支出 2,336.91, 项目支出 603.14; 基本支出决算表: 人员经费合计 2,152.26, 公用经费合计 184.65.
        Assert.Equal("2,336.91 万元", figures["基本支出"].Value);
        Assert.Equal("603.14 万元", figures["项目支出"].Value);
        Assert.Equal("2,152.26 万元", figures["人员经费"].Value);
        Assert.Equal("184.65 万元", figures["公用经费"].Value);
        // 三公 决算表: 合计 预算数 0.95; its 决算数 is printed blank, and shown as blank, not as 0.
        Assert.Equal("0.95 万元", figures["“三公”经费预算数"].Value);
        Assert.Equal("空白", figures["“三公”经费决算数"].Value);
        // A 决算 has no 收入总计 of a budget, and no 上年结转.
        Assert.DoesNotContain("收入总计", figures.Keys);
        Assert.DoesNotContain("上年结转", figures.Keys);
    }

    [Fact]
    public void A_budget_in_yuan_shows_its_wan_yuan_three_public_table_converted_and_says_so()
    {
        var page = _site.Page("shanghai-putuo/govoffice/2025-budget/index.html");
        var figures = KeyFigures(page);
        Assert.Equal("91,016,775.35 元", figures["收入总计"].Value);
        Assert.Equal("24,606,775.35 元", figures["基本支出"].Value);
        // 表9 prints 867.50 and 213.28 万元: 8,675,000.00 and 2,132,800.00 元, never 867.50 元.
        Assert.Equal("8,675,000.00 元", figures["“三公”经费"].Value);
        Assert.Equal("2,132,800.00 元", figures["机关运行经费"].Value);
        Assert.Contains("原表以万元列示", figures["“三公”经费"].Source);
        Assert.DoesNotContain("原表", figures["收入总计"].Source);
        Assert.Contains("金额单位均为元", page.QuerySelector("p.note")!.TextContent);
        Assert.All(page.QuerySelectorAll("figure.chart figcaption"), caption => Assert.Contains("单位：元", caption.TextContent));
    }
}
