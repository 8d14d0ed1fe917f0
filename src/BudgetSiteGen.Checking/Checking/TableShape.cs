using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>Structural look-ups the table rules share: summary rows, top-level rows, children, columns by role, totals.</summary>
public static class TableShape
{
    public static bool IsSummary(TableRow row) => RoleGroups.IsSummaryRow(row.Role);

    public static bool IsFundSource(FigureRole role) => RoleGroups.IncomeSources.Contains(role);

    public static int ColumnOf(TableSection section, FigureRole role) => section.Columns.ToList().FindIndex(c => c.Role == role);

    public static int RowOf(TableSection section, FigureRole role) => section.Rows.ToList().FindIndex(r => r.Role == role);

    /// <summary>The first row with any of these roles, or -1.</summary>
    public static int RowOf(TableSection section, IReadOnlySet<FigureRole> roles) => section.Rows.ToList().FindIndex(r => roles.Contains(r.Role));

    /// <summary>The column with a section's main figure: its total, or else its one measure (金额, 决算数, 预算数 …); -1 when none.</summary>
    public static int MainColumn(TableSection section)
    {
        foreach (var role in RoleGroups.MainMeasures)
        {
            var column = ColumnOf(section, role);
            if (column >= 0)
            {
                return column;
            }
        }

        return section.Columns.Count == 1 && !section.Columns[0].IsPercent ? 0 : -1;
    }

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

    /// <summary>
    /// A table's total in the column with this role: its total row (summed over the blocks of a table printed in
    /// blocks), or else the sum of its top-level rows. The figure is in the table's unit.
    /// </summary>
    public static decimal? Total(BudgetTable table, FigureRole columnRole)
    {
        var cells = TotalCells(table, columnRole);
        if (cells.Count > 0)
        {
            var present = cells.Select(c => c.Value).OfType<decimal>().ToList();
            return present.Count == 0 ? null : present.Sum();
        }

        var section = table.Sections[0];
        var column = ColumnOf(section, columnRole);
        if (column < 0)
        {
            return null;
        }

        var values = TopLevel(section).Select(i => section.Rows[i].Values[column]).OfType<decimal>().ToList();
        return values.Count == 0 ? null : values.Sum();
    }

    /// <summary>The total cell of the first section (or of the named one) in the column with this role.</summary>
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

    /// <summary>
    /// The total cells of every block in the column with this role; for a role that names a block (人员经费 | 公用经费
    /// printed as two blocks), the total cells of those blocks in their main column.
    /// </summary>
    public static List<CellRef> TotalCells(BudgetTable table, FigureRole columnRole)
    {
        var cells = new List<CellRef>();
        foreach (var section in table.Sections)
        {
            var row = RowOf(section, FigureRole.Total);
            if (row < 0)
            {
                continue;
            }

            var column = ColumnOf(section, columnRole);
            if (column < 0 && (section.Role == columnRole || (columnRole == FigureRole.Total && table.Sections.Count > 1 && section.Role != FigureRole.None)))
            {
                column = MainColumn(section);
            }

            if (column >= 0)
            {
                cells.Add(new CellRef(table, section, row, column));
            }
        }

        return cells;
    }
}
