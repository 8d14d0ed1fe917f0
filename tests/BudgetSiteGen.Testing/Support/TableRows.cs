using BudgetSiteGen.Model;

namespace BudgetSiteGen.Tests.Support;

/// <summary>Rows of a loaded table found as a reader finds them in the printed table: by code, or by section and position.</summary>
public static class TableRows
{
    /// <summary>The one row with this classification code (joined, whether it was written joined or in parts).</summary>
    public static TableRow ByCode(this BudgetTable table, string code)
    {
        var rows = table.AllRows.Where(r => r.Code?.Value == code).ToList();
        Assert.True(rows.Count == 1, $"expected one row {code} in table {table.Number}, found {rows.Count}");
        return rows[0];
    }

    public static TableSection Section(this BudgetTable table, string id) => table.Sections.Single(s => s.Id == id);
}
