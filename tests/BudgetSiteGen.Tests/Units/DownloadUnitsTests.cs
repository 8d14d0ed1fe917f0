using System.Text;
using System.Text.Json;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Units;

/// <summary>Downloads keep each figure as printed, in its own table's unit, and say which unit that is.</summary>
public sealed class DownloadUnitsTests
{
    [Fact]
    public void The_csv_of_a_wan_yuan_table_in_a_yuan_report_names_its_unit_and_marks_an_unreadable_cell()
    {
        // The Shanghai budget's 表9 (万元) with its 公务接待费 cell made unreadable.
        var report = File.ReadAllText(Path.Combine(Repository.Content, "reports/shanghai-putuo/govoffice/2025-budget.yaml"))
            .Replace("- { values: [867.50, 839.00, 28.50, ~, ~, ~, 213.28] }", "- { values: [867.50, 839.00, \"?\", ~, ~, ~, 213.28] }", StringComparison.Ordinal);
        Assert.Contains("\"?\", ~, ~, ~, 213.28", report);
        using var site = new ScratchSite().Report("shanghai-putuo/govoffice/2025-budget.yaml", report).Build();

        var three = Lines(site, "shanghai-putuo/govoffice/2025-budget/downloads/table-9.csv");
        Assert.Equal(["section", "code", "level", "name", "class", "unit"], three[0].Split(',')[..6]);
        // Figures as printed in 万元, the unreadable cell as "?", the blanks empty.
        Assert.Equal(",,1,,,万元,867.50,839.00,?,,,,213.28", three[1]);
        var summary = Lines(site, "shanghai-putuo/govoffice/2025-budget/downloads/table-1.csv");
        Assert.Contains(summary, line => line.EndsWith(",元,91016775.35", StringComparison.Ordinal));

        using var package = JsonDocument.Parse(site.Text("datapackage.json"));
        var resource = package.RootElement.GetProperty("resources").EnumerateArray()
            .Single(r => r.GetProperty("path").GetString() == "shanghai-putuo/govoffice/2025-budget/downloads/table-9.csv");
        var schema = resource.GetProperty("schema");
        Assert.Equal(["", "?"], schema.GetProperty("missingValues").EnumerateArray().Select(v => v.GetString()));
        var amounts = schema.GetProperty("fields").EnumerateArray().Where(f => f.GetProperty("type").GetString() == "number").ToList();
        Assert.Equal(7, amounts.Count);
        Assert.All(amounts, f => Assert.Equal("万元", f.GetProperty("unit").GetString()));
        Assert.All(amounts, f => Assert.Contains("万元", f.GetProperty("description").GetString()));
    }

    private static string[] Lines(ScratchSite site, string path) =>
        Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(site.Output, path))).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
