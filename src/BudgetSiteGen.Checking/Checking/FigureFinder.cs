using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// Finds a figure by what it is, whichever way a layout prints it: an item printed as a row (山西: 因公出国（境）费 as
/// a row of the 三公 table) or as a column (上海: a column of one unlabelled row), in the measure asked for.
/// </summary>
public static class FigureFinder
{
    /// <summary>The cell holding <paramref name="item"/> in <paramref name="measure"/> (Amount: the report's own figure, budget or actual).</summary>
    public static CellRef? Item(DepartmentYear year, FigureRole item, FigureRole measure = FigureRole.Amount)
    {
        foreach (var table in year.Tables)
        {
            foreach (var section in table.Sections)
            {
                var row = TableShape.RowOf(section, item);
                if (row >= 0 && MeasureColumn(section, measure, year.Report.Kind) is var column && column >= 0)
                {
                    return new CellRef(table, section, row, column);
                }

                var itemColumn = section.Columns.ToList().FindIndex(c => c.Item == item && Fits(c.Role, measure, year.Report.Kind));
                if (itemColumn >= 0 && OnlyOrTotalRow(section) is var itemRow && itemRow >= 0)
                {
                    return new CellRef(table, section, itemRow, itemColumn);
                }
            }
        }

        // 山西 prints the 三公 items as rows of their own table, whose total row is the 三公 total.
        return item == FigureRole.ThreePublic && year.Table(TableType.ThreePublic) is { NoData: false } threePublic
            && MeasureColumn(threePublic.Sections[0], measure, year.Report.Kind) is var total && total >= 0
            && TableShape.RowOf(threePublic.Sections[0], FigureRole.Total) is var totalRow && totalRow >= 0
                ? new CellRef(threePublic, threePublic.Sections[0], totalRow, total)
                : null;
    }

    /// <summary>机关运行经费: the item where a table prints it, or the total of a table of its own (山西 表11).</summary>
    public static CellRef? OperatingCosts(DepartmentYear year) =>
        Item(year, FigureRole.OperatingCosts) ?? (year.Table(TableType.OperatingCosts) is { NoData: false } table ? TableShape.TotalCell(table, FigureRole.Total) : null);

    private static int MeasureColumn(TableSection section, FigureRole measure, ReportKind kind)
    {
        if (measure != FigureRole.Amount)
        {
            return TableShape.ColumnOf(section, measure);
        }

        var preferred = kind == ReportKind.FinalAccounts ? FigureRole.Actual : FigureRole.Budget;
        var column = TableShape.ColumnOf(section, preferred);
        return column >= 0 ? column : TableShape.MainColumn(section);
    }

    private static bool Fits(FigureRole columnRole, FigureRole measure, ReportKind kind) =>
        measure == FigureRole.Amount
            ? columnRole is FigureRole.Amount or FigureRole.Total || columnRole == (kind == ReportKind.FinalAccounts ? FigureRole.Actual : FigureRole.Budget)
            : columnRole == measure;

    private static int OnlyOrTotalRow(TableSection section)
    {
        var total = TableShape.RowOf(section, FigureRole.Total);
        return total >= 0 ? total : section.Rows.Count == 1 ? 0 : -1;
    }
}
