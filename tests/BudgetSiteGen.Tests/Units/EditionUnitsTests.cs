using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Units;

/// <summary>A corrected edition that reprints a table in another unit changes the unit, not every figure.</summary>
public sealed class EditionUnitsTests
{
    [Fact]
    public void A_table_reprinted_in_yuan_lists_its_unit_as_changed_and_only_the_figure_that_really_changed()
    {
        var first = File.ReadAllText(Path.Combine(Repository.Content, "reports/zezhou/dpf/2024-budget.yaml"));
        // 预算公开表11 reprinted in 元: 28.39 万元 is 283,900.00 元 (unchanged); 28.39 in the 部门合计 row becomes 28.40 万元 = 284,000.00 元.
        var second = first
            .Replace("  money_unit: 万元\n", "  money_unit: 万元\n  edition: 2\n", StringComparison.Ordinal)
            .Replace("    title: 2024年财政拨款安排机关运行经费预算表\n", "    title: 2024年财政拨款安排机关运行经费预算表\n    unit: 元\n", StringComparison.Ordinal)
            .Replace("{ name: 部门合计, role: total, values: [28.39, 28.39, ~, ~] }", "{ name: 部门合计, role: total, values: [284000.00, 283900.00, ~, ~] }", StringComparison.Ordinal)
            .Replace("{ name: 泽州县残疾人联合会, level: 1, values: [28.39, 28.39, ~, ~] }", "{ name: 泽州县残疾人联合会, level: 1, values: [283900.00, 283900.00, ~, ~] }", StringComparison.Ordinal);
        Assert.Contains("values: [284000.00, 283900.00, ~, ~]", second);
        Assert.Contains("    unit: 元\n", second);

        using var site = new ScratchSite()
            .Report("zezhou/dpf/2024-budget.yaml", first)
            .Report("zezhou/dpf/2024-budget-e2.yaml", second)
            .Build();

        var rows = site.Page("zezhou/dpf/2024-budget/editions.html").QuerySelectorAll("tbody tr")
            .Select(tr => string.Join(" | ", tr.Children.Select(c => c.TextContent.Trim())))
            .Where(r => r.StartsWith("预算公开表11", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(
        [
            "预算公开表11 · 单位 | 万元 | 元",
            "预算公开表11 · 部门合计 · 合计 | 28.39万元 | 284,000.00元",
        ], rows);
    }
}
