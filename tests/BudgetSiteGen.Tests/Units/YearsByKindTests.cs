using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Units;

/// <summary>A department with budgets and final accounts over several years gets one comparison of years per kind.</summary>
public sealed class YearsByKindTests
{
    [Fact]
    public void Budgets_and_final_accounts_are_compared_on_separate_labelled_pages()
    {
        var budget = File.ReadAllText(Path.Combine(Repository.Content, "reports/zezhou/dpf/2024-budget.yaml"));
        // The Shanghai final accounts, filed as the same department's, for 2024 and for a 2023 with one total changed.
        var final = File.ReadAllText(Path.Combine(Repository.Content, "reports/shanghai-putuo/finance/2024-final-accounts.yaml"))
            .Replace("jurisdiction: \"310107\"", "jurisdiction: \"140525\"", StringComparison.Ordinal)
            .Replace("  name: 上海市普陀区财政局\n  kind: finance\n  slug: finance\n", "  name: 泽州县残疾人联合会\n  kind: dpf\n", StringComparison.Ordinal);
        Assert.Contains("jurisdiction: \"140525\"", final);
        Assert.Contains("  kind: dpf\n", final);
        var earlier = final.Replace("  year: 2024\n", "  year: 2023\n", StringComparison.Ordinal)
            .Replace("{ name: 本年支出合计, role: subtotal, values: [2940.05] }", "{ name: 本年支出合计, role: subtotal, values: [3003.19] }", StringComparison.Ordinal);
        Assert.Contains("values: [3003.19]", earlier);

        using var site = new ScratchSite()
            .Report("zezhou/dpf/2024-budget.yaml", budget)
            .Report("zezhou/dpf/2023-budget.yaml", budget.Replace("  year: 2024\n", "  year: 2023\n", StringComparison.Ordinal))
            .Report("zezhou/dpf/2024-final-accounts.yaml", final)
            .Report("zezhou/dpf/2023-final-accounts.yaml", earlier)
            .Build();

        var budgets = site.Page("zezhou/dpf/compare.html");
        var finals = site.Page("zezhou/dpf/compare-final.html");
        Assert.Contains("历年部门预算对比", budgets.QuerySelector("h1")!.TextContent);
        Assert.Contains("历年部门决算对比", finals.QuerySelector("h1")!.TextContent);
        // Newest year first, as a phone shows it beside the names.
        Assert.Equal(["2024年部门预算", "2023年部门预算"], budgets.QuerySelectorAll("dl.compare-columns dt").Select(dt => dt.TextContent.Trim()));
        Assert.Equal(["2024年部门决算", "2023年部门决算"], finals.QuerySelectorAll("dl.compare-columns dt").Select(dt => dt.TextContent.Trim()));

        // The final accounts are set beside each other by their own figures: 本年支出合计 2,940.05 against 3,003.19,
        // 63.14 less, which is −2.1 % (the report's narrative gives −2.10 % for its general-budget spending).
        var change = finals.QuerySelector("tr#current_expenditure td[data-column='y2024'] .change")!.TextContent;
        Assert.Equal("比上年 -63.14（-2.1%）", change);
        Assert.Null(budgets.QuerySelector("tr#current_expenditure"));
        Assert.Null(finals.QuerySelector("tr#total_budget"));

        // The department's overview of each kind links its own comparison of years.
        Assert.Contains("compare-final.html", site.Text("zezhou/dpf/2024-final/index.html"));
        Assert.DoesNotContain("compare-final.html", site.Text("zezhou/dpf/2024-budget/index.html"));
    }
}
