using BudgetSiteGen.Checking;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels;

/// <summary>
/// Reads the figures pages show out of a department-year by table type, row and column role and item, never by a
/// printed table number or position, each with the unit of the table it is printed in. Budgets and final accounts
/// print their main figure under different headers, so the kind of report decides which column is the main one.
/// </summary>
public static class ReportFigures
{
    /// <summary>Side ids of a summary table printed as two blocks.</summary>
    public const string Income = "income";

    public const string Expenditure = "expenditure";

    /// <summary>The measures that are a report's own figure, most specific first: 决算数 for final accounts; the amount, total or 预算数 for budgets.</summary>
    private static readonly FigureRole[] FinalAccountsMeasures = [FigureRole.Actual, FigureRole.Total, FigureRole.Amount];

    private static readonly FigureRole[] BudgetMeasures = [FigureRole.Total, FigureRole.Amount, FigureRole.Budget, FigureRole.FullYearBudget, FigureRole.CurrentYear];

    /// <summary>The grand total of the summary table (收入总计, or 总计 of a 决算): what listings show for a report.</summary>
    public static PrintedAmount Total(DepartmentYear year) => SummaryRow(year, Income, FigureRole.GrandTotal);

    /// <summary>The column of a section that holds the report's own figure, or -1 when no column says so.</summary>
    public static int MainColumn(TableSection section, ReportKind kind)
    {
        foreach (var role in kind == ReportKind.FinalAccounts ? FinalAccountsMeasures : BudgetMeasures)
        {
            var column = ColumnOf(section, role);
            if (column >= 0)
            {
                return column;
            }
        }

        return -1;
    }

    /// <summary>The summary table's block for one side: by its id, else the first (income) or last (expenditure) block.</summary>
    public static TableSection? SummarySide(DepartmentYear year, string side)
    {
        var table = year.Table(TableType.BudgetSummary);
        if (table is null || table.Sections.Count == 0)
        {
            return null;
        }

        return table.Sections.FirstOrDefault(s => s.Id == side) ?? (side == Income ? table.Sections[0] : table.Sections[^1]);
    }

    /// <summary>The first row with <paramref name="role"/> on one side of the summary table, in its main column.</summary>
    public static PrintedAmount SummaryRow(DepartmentYear year, string side, FigureRole role) =>
        SummaryCell(year, side, role) is { } cell ? PrintedAmount.Of(cell) : PrintedAmount.NotListed;

    public static CellRef? SummaryCell(DepartmentYear year, string side, FigureRole role)
    {
        var section = SummarySide(year, side);
        if (section is null)
        {
            return null;
        }

        var row = section.Rows.ToList().FindIndex(r => r.Role == role);
        var column = MainColumn(section, year.Report.Kind);
        return row >= 0 && column >= 0 ? new CellRef(year.Table(TableType.BudgetSummary)!, section, row, column) : null;
    }

    /// <summary>
    /// A table's total of the figures with <paramref name="role"/>: the total row of the column with that role (or
    /// the sum of its top-level rows when no total row is printed), or, where the table prints the role as a block of
    /// its own (人员经费 | 公用经费 side by side in a 决算), that block's total in its main column.
    /// </summary>
    public static PrintedAmount ColumnTotal(DepartmentYear year, TableType type, FigureRole role)
    {
        if (year.Table(type) is not { } table)
        {
            return PrintedAmount.NotListed;
        }

        foreach (var section in table.Sections)
        {
            var column = ColumnOf(section, role);
            if (column >= 0)
            {
                return SectionTotal(table, section, column);
            }
        }

        foreach (var section in table.Sections.Where(s => s.Role == role))
        {
            var column = MainColumn(section, year.Report.Kind);
            if (column >= 0)
            {
                return SectionTotal(table, section, column);
            }
        }

        return PrintedAmount.NotListed;
    }

    /// <summary>
    /// An item such as 因公出国（境）费 or 机关运行经费, wherever the report prints it: as a column of that item (the
    /// Shanghai tables print one row of items), as a row with the item's role, or, for the 三公 total and operating
    /// costs, as the total of the table of that type. <paramref name="measure"/> picks 预算数 or 决算数 where both are
    /// printed; by default the report's own figure.
    /// </summary>
    public static PrintedAmount Item(DepartmentYear year, FigureRole item, FigureRole? measure = null) => ItemIn(year, item, measure).Amount;

    /// <summary>As <see cref="Item"/>, with the table the figure was read from (null when no table lists it).</summary>
    public static (PrintedAmount Amount, BudgetTable? Table) ItemIn(DepartmentYear year, FigureRole item, FigureRole? measure = null)
    {
        var measures = measure is { } m ? [m] : year.Report.Kind == ReportKind.FinalAccounts ? FinalAccountsMeasures : BudgetMeasures;
        foreach (var table in ItemTables(year))
        {
            foreach (var section in table.Sections)
            {
                var column = section.Columns.ToList().FindIndex(c => c.Item == item && !c.IsPercent && measures.Contains(c.Role));
                var row = column >= 0 ? ItemRow(section) : -1;
                if (row >= 0)
                {
                    return (PrintedAmount.Of(new CellRef(table, section, row, column)), table);
                }
            }

            foreach (var section in table.Sections)
            {
                var row = section.Rows.ToList().FindIndex(r => r.Role == item);
                var column = MeasureColumn(section, measures);
                if (row >= 0 && column >= 0)
                {
                    return (PrintedAmount.Of(new CellRef(table, section, row, column)), table);
                }
            }
        }

        var whole = item switch
        {
            FigureRole.ThreePublic => TableType.ThreePublic,
            FigureRole.OperatingCosts => TableType.OperatingCosts,
            _ => (TableType?)null,
        };
        if (whole is { } type && year.Table(type) is { } own)
        {
            var section = own.Sections[0];
            var column = MeasureColumn(section, measures);
            return column >= 0 ? (SectionTotal(own, section, column), own) : (PrintedAmount.NotListed, null);
        }

        return (PrintedAmount.NotListed, null);
    }

    /// <summary>Every expenditure classification code of the expenditure summary with its name and total.</summary>
    public static IEnumerable<(string Code, string Name, PrintedAmount Total)> Functions(DepartmentYear year)
    {
        if (year.Table(TableType.ExpenditureSummary) is not { } table)
        {
            yield break;
        }

        var section = table.Sections[0];
        var column = ColumnOf(section, FigureRole.Total);
        if (column < 0)
        {
            column = MainColumn(section, year.Report.Kind);
        }

        if (column < 0)
        {
            yield break;
        }

        for (var row = 0; row < section.Rows.Count; row++)
        {
            if (section.Rows[row].Code is { } code)
            {
                yield return (code.Value, section.Rows[row].Name, PrintedAmount.Of(new CellRef(table, section, row, column)));
            }
        }
    }

    private static int ColumnOf(TableSection section, FigureRole role) =>
        section.Columns.ToList().FindIndex(c => c.Role == role && c.Item == FigureRole.None && !c.IsPercent);

    private static int MeasureColumn(TableSection section, IReadOnlyList<FigureRole> measures)
    {
        foreach (var role in measures)
        {
            var column = ColumnOf(section, role);
            if (column >= 0)
            {
                return column;
            }
        }

        return -1;
    }

    /// <summary>The row a column of items is read from: the total row, or the only row.</summary>
    private static int ItemRow(TableSection section)
    {
        var total = TableShape.RowOf(section, FigureRole.Total);
        return total >= 0 ? total : section.Rows.Count == 1 ? 0 : -1;
    }

    /// <summary>The 三公 and operating-costs tables first, then every other table, in printed order.</summary>
    private static IEnumerable<BudgetTable> ItemTables(DepartmentYear year) =>
        year.Tables.Where(t => t.Type is TableType.ThreePublic or TableType.OperatingCosts)
            .Concat(year.Tables.Where(t => t.Type is not TableType.ThreePublic and not TableType.OperatingCosts));

    private static PrintedAmount SectionTotal(BudgetTable table, TableSection section, int column)
    {
        var total = TableShape.RowOf(section, FigureRole.Total);
        if (total >= 0)
        {
            return PrintedAmount.Of(new CellRef(table, section, total, column));
        }

        return PrintedAmount.Sum(TableShape.TopLevel(section).Select(row => new CellRef(table, section, row, column)).ToList(), table.Unit);
    }
}
