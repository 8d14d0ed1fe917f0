using AngleSharp.Dom;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Units;

/// <summary>
/// A report printed in 元 beside one printed in 万元 on the comparison of their kind and year: both in one unit,
/// converted exactly, and the page says which. The figures of the Shanghai budget are those of its source document
/// (表1, 表3, 表9 of 上海市普陀区人民政府办公室2025年区级部门预算).
/// </summary>
public sealed class ComparisonUnitsTests : IDisposable
{
    /// <summary>A small budget of the same kind and year, printed in 万元, in another jurisdiction.</summary>
    private const string WanYuanReport = """
        schema_version: 1
        report:
          kind: budget
          year: 2025
          title: 泽州县人民政府办公室2025年部门预算
          money_unit: 万元
        jurisdiction: "140525"
        department:
          name: 泽州县人民政府办公室
          kind: govoffice
          slug: govoffice
        tables:
          - number: 1
            type: budget_summary
            title: 2025年预算收支总表
            codes_printed: false
            sections:
              - id: income
                title: 收入
                stub: [{ label: 项目, field: name }]
                columns: [{ label: 金额, role: amount }]
                rows:
                  - { name: 一、一般公共预算, role: general_public_budget, values: [1234.50] }
                  - { name: 收入总计, role: grand_total, values: [1234.50] }
              - id: expenditure
                title: 支出
                stub: [{ label: 项目, field: name }]
                columns: [{ label: 合计, role: total }]
                rows:
                  - { code: "201", name: 一、一般公共服务支出, values: [1234.50] }
                  - { name: 支出总计, role: grand_total, values: [1234.50] }
          - number: 3
            type: expenditure_summary
            title: 2025年预算支出总表
            stub:
              - { label: 科目编码, field: code }
              - { label: 科目名称, field: name }
            columns:
              - { label: 合计, role: total }
              - { label: 基本支出, role: basic }
              - { label: 项目支出, role: project }
            rows:
              - { name: 合计, role: total, values: [1234.50, 234.50, 1000.00] }
              - { code: "201", name: 一般公共服务支出, values: [1234.50, 234.50, 1000.00] }
              - { code: "20103", name: 政府办公厅（室）及相关机构事务, values: [1234.50, 234.50, 1000.00] }
              - { code: "2010301", name: 行政运行, values: [234.50, 234.50, ~] }
              - { code: "2010302", name: 一般行政管理事务, values: [1000.00, ~, 1000.00] }
        """;

    private readonly ScratchSite _site = new ScratchSite()
        .RealReport("shanghai-putuo/govoffice/2025-budget.yaml")
        .Report("zezhou/govoffice/2025-budget.yaml", WanYuanReport)
        .Build();

    public void Dispose() => _site.Dispose();

    private IDocument Comparison => _site.Page("compare/govoffice-2025-budget.html");

    /// <summary>The text of a row's cell for one jurisdiction, without its share and change notes.</summary>
    private static string Cell(IDocument page, string row, string jurisdiction)
    {
        var cell = page.QuerySelector($"tr#{row} td[data-column='{jurisdiction}']");
        Assert.NotNull(cell);
        return string.Concat(cell.ChildNodes.Where(n => n is not IElement e || (!e.ClassList.Contains("share") && !e.ClassList.Contains("change"))).Select(n => n.TextContent)).Trim();
    }

    private static string RowHeader(IDocument page, string row) => page.QuerySelector($"tr#{row} th")!.TextContent;

    [Fact]
    public void The_yuan_report_is_shown_in_wan_yuan_exactly_beside_the_wan_yuan_report()
    {
        var page = Comparison;
        // 收入总计 91,016,775.35 元 ÷ 10,000 = 9,101.677535 万元; the other report printed 1,234.50 万元.
        Assert.Equal("9,101.677535", Cell(page, "total_budget", "310107"));
        Assert.Equal("1,234.50", Cell(page, "total_budget", "140525"));
        // 表3 合计: 基本支出 24,606,775.35 元 = 2,460.677535 万元; 项目支出 66,410,000.00 元 = 6,641.00 万元.
        Assert.Equal("2,460.677535", Cell(page, "basic", "310107"));
        Assert.Equal("234.50", Cell(page, "basic", "140525"));
        Assert.Equal("6,641.00", Cell(page, "project", "310107"));
        // 2010301 行政运行 12,029,501.84 元 = 1,202.950184 万元.
        Assert.Equal("1,202.950184", Cell(page, "code-2010301", "310107"));
        Assert.Equal("234.50", Cell(page, "code-2010301", "140525"));
    }

    [Fact]
    public void The_page_and_every_money_row_name_the_one_unit()
    {
        var page = Comparison;
        Assert.All(page.QuerySelectorAll("table.compare-table thead th:first-child"), th => Assert.Contains("万元", th.TextContent));
        Assert.Contains("（万元）", RowHeader(page, "total_budget"));
        Assert.Contains("（万元）", RowHeader(page, "code-2010301"));
        Assert.Contains("本页金额单位均为万元", page.QuerySelector("p.note")!.TextContent);
        Assert.All(page.QuerySelectorAll("figure.chart figcaption"), caption => Assert.Contains("单位：万元", caption.TextContent));
        Assert.Contains("9,101.677535万元", page.QuerySelector("#chart-compare-structure desc")!.TextContent);
    }

    [Fact]
    public void No_figure_printed_in_yuan_appears_as_if_it_were_wan_yuan()
    {
        var cells = Comparison.QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.DoesNotContain(cells, text => text.Contains("91,016,775.35", StringComparison.Ordinal));
        Assert.DoesNotContain(cells, text => text.Contains("24,606,775.35", StringComparison.Ordinal));
    }

    [Fact]
    public void The_three_public_table_printed_in_wan_yuan_inside_a_yuan_report_keeps_its_value()
    {
        var page = Comparison;
        // 表9 is printed in 万元 although the report is in 元: 867.50 万元 stays 867.50, not 8,675,000 and not 0.08675.
        Assert.Equal("867.50", Cell(page, "three_public_total", "310107"));
        Assert.Equal("839.00", Cell(page, "three_public_abroad", "310107"));
        Assert.Equal("213.28", Cell(page, "operating_costs", "310107"));
        // Its share of 收入总计 is taken in one unit: 867.50 ÷ 9,101.677535 = 9.53 %.
        Assert.Equal("9.5%", page.QuerySelector("tr#three_public_total td[data-column='310107'] .share")!.TextContent);
    }

    [Fact]
    public void Listings_show_every_report_in_wan_yuan()
    {
        var home = _site.Page("index.html");
        var years = home.QuerySelectorAll("ul.years li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(years, y => y.Contains("9,101.677535", StringComparison.Ordinal) && y.EndsWith("万元", StringComparison.Ordinal));
        Assert.Contains(years, y => y.Contains("1,234.50", StringComparison.Ordinal) && y.EndsWith("万元", StringComparison.Ordinal));
        Assert.DoesNotContain(years, y => y.Contains("91,016,775.35", StringComparison.Ordinal));
    }
}
