using BudgetSiteGen.Building;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Pages;

/// <summary>
/// The 预算执行 page of a final account: budget and actual side by side with the rate, as the report prints them and
/// paired with the department's budget of the same year. Every expected figure and rate below was worked out by hand
/// from the two reports in <see cref="PairedReportsSite"/>: the budget in 元 (1,050,000.00 元 is 105.00 万元), the final
/// accounts in 万元, rates as 决算数 ÷ 预算数 × 100 to two places.
/// </summary>
public sealed class ExecutionPageTests(PairedReportsSite site) : IClassFixture<PairedReportsSite>
{
    private const string Page = PairedReportsSite.FinalFolder + "/execution.html";

    [Fact]
    public void The_final_accounts_own_three_public_table_is_shown_as_budget_actual_and_rate_per_item()
    {
        var section = site.Page(Page).GetElementById("pairs-table-7")!;
        Assert.Equal(
        [
            ["“三公”经费合计", "3.00", "2.40", "80.00%", "80.00%"],
            ["因公出国（境）费", "1.00", "–", "–", "–"],
            ["公务用车购置及运行费", "0.00", "无法辨认", "–", "–"],
            ["公务用车购置费", "0.00", "0.00", "–", "–"],
            ["公务接待费", "2.00", "2.40", "120.00%", "–"],
        ], PageText.Rows(section));
        Assert.Contains("单位：万元", section.TextContent);
    }

    [Fact]
    public void The_budget_of_the_same_year_is_paired_with_its_totals_converted_exactly_from_yuan()
    {
        var section = site.Page(Page).GetElementById("pairs-paired-totals")!;
        Assert.Equal(
        [
            ["收入总计", "105.00", "103.00", "98.10%"],
            ["支出总计", "105.00", "103.00", "98.10%"],
            ["基本支出", "70.00", "66.00", "94.29%"],
            ["项目支出", "35.00", "32.00", "91.43%"],
        ], PageText.Rows(section));
        Assert.Contains("以元为单位的金额已精确换算为万元", section.TextContent);
        Assert.Contains("预算数（2024年部门预算）", section.QuerySelector("thead")!.TextContent);
    }

    [Fact]
    public void Three_public_items_and_operating_costs_pair_across_the_reports_and_a_missing_side_is_not_zero()
    {
        var section = site.Page(Page).GetElementById("pairs-paired-items")!;
        Assert.Equal(
        [
            ["“三公”经费合计", "3.00", "2.40", "80.00%"],
            ["因公出国（境）费", "1.00", "–", "–"],
            ["公务用车购置及运行费", "–", "无法辨认", "–"],
            ["公务用车购置费", "无此项", "0.00", "–"],
            ["公务接待费", "2.00", "2.40", "120.00%"],
            ["机关运行经费", "12.00", "无此项", "–"],
        ], PageText.Rows(section));
    }

    [Fact]
    public void General_budget_expenditure_pairs_code_by_code_whether_the_codes_are_joined_or_printed_in_parts()
    {
        var section = site.Page(Page).GetElementById("pairs-paired-functions")!;
        Assert.Equal(
        [
            ["合计", "100.00", "98.00", "98.00%"],
            ["201 一般公共服务支出", "75.00", "78.00", "104.00%"],
            ["20106 财政事务", "75.00", "78.00", "104.00%"],
            ["2010601 行政运行", "45.00", "46.00", "102.22%"],
            ["2010602 一般行政管理事务", "30.00", "32.00", "106.67%"],
            ["208 社会保障和就业支出", "25.00", "19.50", "78.00%"],
            ["20805 行政事业单位养老支出", "25.00", "19.50", "78.00%"],
            ["2080505 机关事业单位基本养老保险缴费支出", "25.00", "19.50", "78.00%"],
            ["210 卫生健康支出", "无此项", "0.50", "–"],
            ["21011 行政事业单位医疗", "无此项", "0.50", "–"],
            ["2101101 行政单位医疗", "无此项", "0.50", "–"],
        ], PageText.Rows(section));
    }

    [Fact]
    public void Each_table_of_pairs_has_a_chart_with_a_text_alternative_that_links_back_to_it()
    {
        var section = site.Page(Page).GetElementById("pairs-paired-totals")!;
        var chart = section.QuerySelector("figure.chart svg")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        var description = chart.QuerySelector("desc")!.TextContent;
        Assert.Contains("收入总计：预算数（2024年部门预算） 105.00万元，决算数 103.00万元", description);
        Assert.Equal("#pairs-paired-totals", section.QuerySelector("p.chart-source a")!.GetAttribute("href"));
        var unreadable = site.Page(Page).GetElementById("pairs-paired-items")!.QuerySelector("desc")!.TextContent;
        Assert.Contains("公务用车购置及运行费：预算数（2024年部门预算） 无，决算数 无", unreadable);
    }

    [Fact]
    public void The_budget_overview_links_to_the_page_that_pairs_it_and_the_final_accounts_menu_has_it()
    {
        var budget = site.Page(PairedReportsSite.BudgetFolder + "/index.html");
        var link = budget.QuerySelectorAll("main a").Single(a => a.TextContent == "预算执行");
        Assert.Equal("../../../shanghai-putuo/audit/2024-final/execution.html", link.GetAttribute("href"));
        Assert.Contains("与2024年部门决算对照", link.ParentElement!.TextContent);

        var final = site.Page(PairedReportsSite.FinalFolder + "/index.html");
        var menu = final.QuerySelectorAll("nav.section-menu a").Select(a => a.TextContent).ToList();
        Assert.Contains("决算公开表", menu);
        Assert.Contains("预算执行", menu);
        Assert.DoesNotContain("预算公开表", menu);
        Assert.DoesNotContain("预算执行", budget.QuerySelectorAll("nav.section-menu a").Select(a => a.TextContent));
    }

    [Fact]
    public void A_final_account_without_its_budget_on_the_site_still_has_the_page_and_says_why_nothing_is_paired()
    {
        using var scratch = new ScratchContent();
        scratch.Report("shanghai-putuo/audit/2024-final-accounts.yaml", PairedReportsSite.Final);
        var output = Path.Combine(scratch.Root, "output");
        Assert.True(SiteBuilder.Build(new BuildOptions(scratch.Content, output, Repository.Themes), SilentProgress.Instance).Succeeded);
        var page = File.ReadAllText(Path.Combine(output, Page));
        Assert.Contains("本站未收录本部门2024年的部门预算", page);
        Assert.Contains("id=\"pairs-table-7\"", page);
        Assert.DoesNotContain("pairs-paired-", page);
    }
}
