using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>Structural look-ups the table rules share: summary rows, top-level rows, children, columns by role.</summary>
public static class TableShape
{
    public static bool IsSummary(TableRow row) =>
        row.Role is FigureRole.Total or FigureRole.Subtotal or FigureRole.GrandTotal or FigureRole.CarryOver or FigureRole.YearEndCarryOver;

    public static bool IsFundSource(FigureRole role) => role is FigureRole.GeneralPublicBudget or FigureRole.GovernmentFund
        or FigureRole.StateCapital or FigureRole.SocialInsuranceFund or FigureRole.SpecialAccount or FigureRole.UnitFunds or FigureRole.OtherFunds;

    public static int ColumnOf(TableSection section, FigureRole role) => section.Columns.ToList().FindIndex(c => c.Role == role);

    public static int RowOf(TableSection section, FigureRole role) => section.Rows.ToList().FindIndex(r => r.Role == role);

    /// <summary>The rows directly under row <paramref name="parent"/>: by code when it has one, else by level and order.</summary>
    public static List<int> ChildrenOf(TableSection section, int parent)
    {
        var rows = section.Rows;
        var p = rows[parent];
        if (p.Code is { } code)
        {
            return Enumerable.Range(0, rows.Count).Where(i => rows[i].Code is { } c && code.IsParentOf(c)).ToList();
        }

        var children = new List<int>();
        for (var i = parent + 1; i < rows.Count && rows[i].Code is null && !IsSummary(rows[i]) && rows[i].Level > p.Level; i++)
        {
            if (rows[i].Level == p.Level + 1)
            {
                children.Add(i);
            }
        }

        return children;
    }

    /// <summary>Rows at the top of the hierarchy that a total row sums: 类 codes, or level-1 rows without a summary role.</summary>
    public static List<int> TopLevel(TableSection section) =>
        Enumerable.Range(0, section.Rows.Count)
            .Where(i => !IsSummary(section.Rows[i]) && !IsFundSource(section.Rows[i].Role) && section.Rows[i].Level == 1)
            .ToList();

    /// <summary>A table's total in the column with this role: its total row, or else the sum of its top-level rows.</summary>
    public static decimal? Total(BudgetTable table, FigureRole columnRole)
    {
        var section = table.Sections[0];
        var column = ColumnOf(section, columnRole);
        if (column < 0)
        {
            return null;
        }

        var total = RowOf(section, FigureRole.Total);
        if (total >= 0)
        {
            return section.Rows[total].Values[column];
        }

        var values = TopLevel(section).Select(i => section.Rows[i].Values[column]).OfType<decimal>().ToList();
        return values.Count == 0 ? null : values.Sum();
    }

    public static CellRef? TotalCell(BudgetTable table, FigureRole columnRole, string? sectionId = null)
    {
        var section = sectionId is null ? table.Sections[0] : table.Sections.FirstOrDefault(s => s.Id == sectionId);
        if (section is null)
        {
            return null;
        }

        var column = ColumnOf(section, columnRole);
        var row = RowOf(section, FigureRole.Total);
        return column >= 0 && row >= 0 ? new CellRef(table, section, row, column) : null;
    }
}
