using BudgetSiteGen.Building;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Publishing;

/// <summary>A report republished with corrections: both editions stay reachable and the differences are listed.</summary>
public sealed class EditionTests
{
    [Fact]
    public void A_corrected_second_edition_keeps_the_first_and_lists_exactly_the_changed_figures()
    {
        using var scratch = new ScratchContent();
        var first = File.ReadAllText(Path.Combine(Repository.Content, "reports/zezhou/dpf/2024-budget.yaml"));
        scratch.Report("zezhou/dpf/2024-budget.yaml", first);
        // The correction: table 3's 残疾人康复 and its parents, and one card's funds.
        var second = first
            .Replace("  money_unit: 万元\n", "  money_unit: 万元\n  edition: 2\n", StringComparison.Ordinal)
            .Replace("{ code: \"2081104\", name: 残疾人康复, values: [57.52, ~, 57.52] }", "{ code: \"2081104\", name: 残疾人康复, values: [57.62, ~, 57.62] }", StringComparison.Ordinal)
            .Replace("year: { total: 1600,", "year: { total: 1700,", StringComparison.Ordinal);
        Assert.Contains("{ code: \"2081104\", name: 残疾人康复, values: [57.52, ~, 57.52] }", first);
        Assert.Contains("year: { total: 1600,", first);
        scratch.Report("zezhou/dpf/2024-budget-e2.yaml", second);

        var output = Path.Combine(scratch.Root, "output");
        var result = SiteBuilder.Build(new BuildOptions(scratch.Content, output, Repository.Themes), SilentProgress.Instance);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message)));

        string Page(string path) => File.ReadAllText(Path.Combine(output, path));
        Assert.Contains("57.62", Page("zezhou/dpf/2024-budget/tables/3.html"));
        Assert.Contains("57.62", Page("zezhou/dpf/2024-budget-e2/tables/3.html"));
        var old = Page("zezhou/dpf/2024-budget-e1/tables/3.html");
        Assert.Contains("57.52", old);
        Assert.Contains("本页为第1版，已被更正后的第2版取代", old);
        Assert.Contains("../../../../zezhou/dpf/2024-budget/index.html", old);

        var changes = Page("zezhou/dpf/2024-budget/editions.html");
        var rows = System.Text.RegularExpressions.Regex.Matches(changes, "<tr><th scope=\"row\">(.*?)</th><td class=\"num\">(.*?)</td><td class=\"num\">(.*?)</td></tr>")
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();
        Assert.Equal(
        [
            ("预算公开表3 · 2081104 残疾人康复 · 合计", "57.52万元", "57.62万元"),
            ("预算公开表3 · 2081104 残疾人康复 · 项目支出", "57.52万元", "57.62万元"),
            ("绩效目标表“机动轮椅车燃油补贴” · 年度资金总额（元）", "1,600", "1,700"),
        ], rows);

        // Readers are led to the current edition; the first stays reachable from the editions page.
        Assert.DoesNotContain("2024-budget-e1", Page("index.html"));
        Assert.Contains("2024-budget-e1/index.html", changes);
    }
}
