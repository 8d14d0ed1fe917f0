using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Tests.Support;

/// <summary>The repository's real content, loaded once for all tests that read it.</summary>
public static class Seeds
{
    private static readonly Lazy<ContentSet> Loaded = new(() =>
    {
        var result = ContentLoader.Load(Repository.Content);
        Assert.True(result.Content is not null, string.Join("\n", result.Diagnostics.Select(d => $"{d.Location}: {d.Code} {d.Message}")));
        return result.Content!;
    });

    public static ContentSet Content => Loaded.Value;

    public static DepartmentYear Zezhou => Content.DepartmentYears.Single(y => y.JurisdictionCode == "140525");

    public static DepartmentYear Changzhi => Content.DepartmentYears.Single(y => y.JurisdictionCode == "140400");

    public static BudgetTable Table(this DepartmentYear year, int number) => year.Tables.Single(t => t.Number == number);

    /// <summary>The values of the row with this name (and section, for side-by-side tables).</summary>
    public static IReadOnlyList<decimal?> Row(this BudgetTable table, string name, string? section = null)
    {
        var rows = table.Sections.Where(s => section is null || s.Id == section).SelectMany(s => s.Rows).Where(r => r.Name == name).ToList();
        Assert.True(rows.Count == 1, $"expected one row '{name}' in table {table.Number}, found {rows.Count}");
        return rows[0].Values;
    }

    public static PerformanceCard Card(this DepartmentYear year, string name) =>
        year.Performance.Cards.Single(c => c.Name == name);
}
