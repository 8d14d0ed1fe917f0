using AngleSharp.Dom;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Pages;

/// <summary>
/// Table pages show what other provinces' layouts print, and a screen reader still hears each figure with its row
/// and columns: codes in 类/款/项 columns, a row of figures with no label, blocks side by side, unreadable cells,
/// percentages, and a table whose unit is not the report's.
/// </summary>
public sealed class PrintedLayoutTests(PairedReportsSite site) : IClassFixture<PairedReportsSite>
{
    private const string Final = PairedReportsSite.FinalFolder;

    /// <summary>A term and its value as read aloud: "机要通信用车 1".</summary>
    private static string Fact(IElement pair) => string.Join(' ', pair.Children.Select(PageText.Visible));

    private static IElement Row(IElement table, int index) => table.QuerySelector($"tbody tr[data-row=\"{index}\"]")!;

    /// <summary>Everything a screen reader announces for a cell: the full text of every header its headers attribute names.</summary>
    private static List<string> HeardWith(IDocument page, IElement cell) =>
        cell.GetAttribute("headers")!.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => page.GetElementById(id))
            .Select(header => header is { LocalName: "th" } ? header.TextContent : $"(no th with this id: {header?.LocalName ?? "missing"})")
            .ToList();

    [Fact]
    public void Codes_printed_in_lei_kuan_xiang_columns_are_shown_in_parts_and_heard_whole_with_the_name()
    {
        var page = site.Page(Final + "/tables/5.html");
        var table = page.QuerySelector("table.budget-table")!;
        Assert.Equal(["类", "款", "项", "科目名称", "合计", "基本支出", "项目支出"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var row = Row(table, 2);
        Assert.Equal(["201", "06", "01", "行政运行", "46.00", "46.00", "–"], row.Children.Select(PageText.Visible));
        var clazz = Row(table, 0);
        Assert.Equal(["201", "", "", "一般公共服务支出"], clazz.Children.Take(4).Select(PageText.Visible));

        var rowHeader = row.QuerySelector("th[scope=row]")!;
        Assert.Equal("项级科目 2010601：", rowHeader.QuerySelector(".visually-hidden")!.TextContent);
        var basic = row.QuerySelector("td[data-col=\"1\"]")!;
        var heard = HeardWith(page, basic);
        Assert.Equal(["项级科目 2010601：行政运行", "基本支出"], heard);
    }

    [Fact]
    public void A_row_of_figures_with_no_label_has_column_headers_only_and_no_empty_row_header()
    {
        var page = site.Page(Final + "/tables/7.html");
        var table = page.QuerySelector("table.budget-table")!;
        Assert.Empty(table.QuerySelectorAll("tbody th"));
        Assert.DoesNotContain(table.QuerySelectorAll("th"), th => string.IsNullOrWhiteSpace(th.TextContent));
        var received = Row(table, 0).QuerySelector("td[data-col=\"8\"]")!;
        Assert.Equal("0.00", PageText.Visible(received));
        Assert.Equal(["公务用车购置及运行费", "公务用车购置费", "决算数"], HeardWith(page, received));
    }

    [Fact]
    public void A_table_printed_in_two_blocks_shows_each_block_as_its_own_table_named_by_what_its_figures_are()
    {
        var page = site.Page(Final + "/tables/6.html");
        var blocks = page.QuerySelectorAll("table.budget-table").ToList();
        Assert.Equal(["personnel", "public"], blocks.Select(t => t.GetAttribute("data-section")));
        Assert.Equal(["人员经费 · 单位：万元", "公用经费 · 单位：万元"], blocks.Select(t => t.QuerySelector("caption .caption-detail")!.TextContent));
        Assert.Equal(["302", "01", "办公费", "6.00"], Row(blocks[1], 1).Children.Select(PageText.Visible));
    }

    [Fact]
    public void An_unreadable_cell_says_so_in_words_and_looks_like_neither_a_blank_nor_a_zero()
    {
        var page = site.Page(Final + "/tables/7.html");
        var cell = page.QuerySelector("tbody tr[data-row=\"0\"] td[data-col=\"6\"]")!;
        Assert.Contains("unreadable", cell.ClassList);
        Assert.DoesNotContain("blank", cell.ClassList);
        Assert.Equal("无法辨认", PageText.Visible(cell));
        Assert.Contains("不是空白，也不是0", cell.QuerySelector(".visually-hidden")!.TextContent);
        Assert.Contains("原文的数字无法辨认", page.QuerySelector("main p.unreadable-note")!.TextContent);
        var blank = page.QuerySelector("tbody tr[data-row=\"0\"] td[data-col=\"4\"]")!;
        Assert.Contains("blank", blank.ClassList);
    }

    [Fact]
    public void A_percentage_column_shows_its_figures_with_a_percent_sign()
    {
        var page = site.Page(Final + "/tables/7.html");
        Assert.Equal("80.00%", PageText.Visible(page.QuerySelector("tbody tr[data-row=\"0\"] td[data-col=\"2\"]")!));
        Assert.Equal("3.00", PageText.Visible(page.QuerySelector("tbody tr[data-row=\"0\"] td[data-col=\"0\"]")!));
    }

    [Fact]
    public void A_table_in_another_unit_than_its_report_shows_its_own_unit_and_says_it_differs()
    {
        var page = site.Page(PairedReportsSite.BudgetFolder + "/tables/9.html");
        Assert.Equal("单位：万元", page.QuerySelector("p.table-meta")!.TextContent);
        Assert.Equal("注意：本表金额以万元为单位，本报告其他表以元为单位。", page.QuerySelector("p.unit-note")!.TextContent);
        var other = site.Page(PairedReportsSite.BudgetFolder + "/tables/3.html");
        Assert.Equal("单位：元", other.QuerySelector("p.table-meta")!.TextContent);
        Assert.Null(other.QuerySelector("p.unit-note"));
    }

    [Fact]
    public void The_profile_lists_the_units_the_report_covers_with_their_type_and_budget_in_words()
    {
        var page = site.Page(PairedReportsSite.BudgetFolder + "/profile.html");
        Assert.Equal(
        [
            ["测试审计局本部", "行政单位", "单列预算", "–"],
            ["测试审计事务中心", "事业单位", "不单列预算，并入部门", "不单列预算，并入本部"],
            ["测试审计培训所", "原文未列明", "原文未列明", "–"],
        ], PageText.Rows(page.QuerySelector("table.units-table")!.ParentElement!));
    }

    [Fact]
    public void The_assets_page_shows_vehicle_categories_as_printed_and_what_the_budget_plans_to_buy()
    {
        var page = site.Page(PairedReportsSite.BudgetFolder + "/assets.html");
        var lists = page.QuerySelectorAll("main dl.facts").Select(dl => dl.QuerySelectorAll("div").Select(Fact).ToList()).ToList();
        Assert.Contains(["机要通信用车 1", "其他用车 0"], lists);
        Assert.Contains(["拟购置公务用车（辆） 2", "单位价值100万元以上通用设备（台套） 1"], lists);
        Assert.Contains(["执法执勤用车 2"], lists);
    }

    [Fact]
    public void The_source_page_gives_the_documents_address_and_sha256()
    {
        var facts = site.Page(PairedReportsSite.BudgetFolder + "/source.html").QuerySelectorAll("main dl.facts div").Select(Fact).ToList();
        Assert.Contains("原文地址 https://example.gov.cn/audit/2024-budget.pdf", facts);
        Assert.Contains("原文件 SHA-256 校验值 0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0", facts);
    }
}
