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
    public const string Income = SummarySections.Income;

    public const string Expenditure = SummarySections.Expenditure;

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
    /// A table's total of the figures with <paramref name="role"/>: the total row of the column with that role (summed
    /// over the blocks of a table printed in blocks, or the block with that role, as 人员经费 | 公用经费 side by side in
    /// a 决算), or the sum of its top-level rows when no total row is printed.
    /// </summary>
    public static PrintedAmount ColumnTotal(DepartmentYear year, TableType type, FigureRole role)
    {
        if (year.Table(type) is not { } table)
        {
            return PrintedAmount.NotListed;
        }

        var totals = TableShape.TotalCells(table, role);
        if (totals.Count > 0)
        {
            return PrintedAmount.Sum(totals, table.Unit);
        }

        foreach (var section in table.Sections)
        {
            var column = ColumnOf(section, role);
            if (column >= 0)
            {
                return PrintedAmount.Sum(TableShape.TopLevel(section).Select(row => new CellRef(table, section, row, column)).ToList(), table.Unit);
            }
        }

        return PrintedAmount.NotListed;
    }

    /// <summary>
    /// An item such as 因公出国（境）费 or 机关运行经费, wherever the report prints it (found as the audit finds it: a row
    /// with the item's role, a column of that item, or the total of the item's own table), in <paramref name="measure"/>
    /// (预算数 or 决算数 where both are printed; by default the report's own figure).
    /// </summary>
    public static PrintedAmount Item(DepartmentYear year, FigureRole item, FigureRole? measure = null) => ItemIn(year, item, measure).Amount;

    /// <summary>As <see cref="Item"/>, with the table the figure is read from; a table of the item's own that prints no figure gives a blank.</summary>
    public static (PrintedAmount Amount, BudgetTable? Table) ItemIn(DepartmentYear year, FigureRole item, FigureRole? measure = null)
    {
        var cell = item == FigureRole.OperatingCosts && measure is null
            ? FigureFinder.OperatingCosts(year)
            : FigureFinder.Item(year, item, measure ?? FigureRole.Amount);
        if (cell is not null)
        {
            return (PrintedAmount.Of(cell), cell.Table);
        }

        var own = item switch
        {
            FigureRole.ThreePublic => year.Table(TableType.ThreePublic),
            FigureRole.OperatingCosts => year.Table(TableType.OperatingCosts),
            _ => null,
        };
        return own is not null ? (PrintedAmount.Blank, own) : (PrintedAmount.NotListed, null);
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
}
