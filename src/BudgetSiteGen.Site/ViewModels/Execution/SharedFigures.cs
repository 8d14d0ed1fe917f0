using BudgetSiteGen.Checking;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Execution;

/// <summary>
/// The figures a budget and a final account of the same year share, read from either by table type and role: totals,
/// items (三公, 机关运行经费) and the general-budget expenditure by classification code. Budgets give their headline
/// column, final accounts their 决算数 (see <see cref="Measures.MainColumn"/>).
/// </summary>
public static class SharedFigures
{
    /// <summary>总计 of the income (收入总计) or expenditure (支出总计) side of the summary table.</summary>
    public static (PairFigure Figure, BudgetTable Table)? SummaryTotal(DepartmentYear year, string sectionId)
    {
        if (year.Table(TableType.BudgetSummary) is not { } table)
        {
            return null;
        }

        var section = table.Sections.FirstOrDefault(s => s.Id == sectionId)
            ?? (sectionId == SummarySections.Income ? table.Sections[0] : table.Sections[^1]);
        var row = section.Rows.FirstOrDefault(r => r.Role == FigureRole.GrandTotal);
        var column = Measures.MainColumn(section, year.Report.Kind);
        return row is null || column < 0 ? null : (PairFigure.Cell(table, row, column), table);
    }

    /// <summary>基本支出 or 项目支出 in total, from the expenditure table's total row (or its top-level rows).</summary>
    public static (PairFigure Figure, BudgetTable Table)? ExpenditureTotal(DepartmentYear year, FigureRole column)
    {
        if (year.Table(TableType.ExpenditureSummary) is not { } table)
        {
            return null;
        }

        var section = table.Sections[0];
        var index = TableShape.ColumnOf(section, column);
        if (index < 0)
        {
            return null;
        }

        var total = TableShape.RowOf(section, FigureRole.Total);
        return total >= 0
            ? (PairFigure.Cell(table, section.Rows[total], index), table)
            : (new PairFigure(TableShape.Total(table, column), table.Unit), table);
    }

    /// <summary>
    /// An item's figure: where the items are columns (因公出国（境）费 …), its column of the right measure; where they are
    /// rows, its row in the report's headline column. The total row of a 三公 or 机关运行经费 table is that item.
    /// </summary>
    public static (PairFigure Figure, BudgetTable Table)? Item(DepartmentYear year, FigureRole item)
    {
        var actual = year.Report.Kind == ReportKind.FinalAccounts;
        foreach (var table in year.Tables.Where(t => !t.NoData).OrderBy(Preference).ThenBy(t => t.Number))
        {
            foreach (var section in table.Sections)
            {
                var columns = section.Columns.ToList();
                var column = columns.FindIndex(c => c.Item == item && (actual ? Measures.IsActual(c) : IsBudgetFigure(c)));
                if (column >= 0 && HeadlineRow(section) is { } headline)
                {
                    return (PairFigure.Cell(table, headline, column), table);
                }

                var row = section.Rows.FirstOrDefault(r => r.Role == item)
                    ?? (IsItemTable(table, item) ? section.Rows.FirstOrDefault(r => r.Role == FigureRole.Total) : null);
                var main = Measures.MainColumn(section, year.Report.Kind);
                if (row is not null && main >= 0 && columns.All(c => c.Item == FigureRole.None))
                {
                    return (PairFigure.Cell(table, row, main), table);
                }
            }
        }

        return null;
    }

    /// <summary>Each code of the general-budget expenditure table with its name and total, and the table's total row.</summary>
    public static (BudgetTable Table, IReadOnlyDictionary<string, (string Name, PairFigure Figure)> Codes, PairFigure? Total)? Functions(DepartmentYear year)
    {
        if (year.Table(TableType.GeneralBudgetExpenditure) is not { } table || table.NoData)
        {
            return null;
        }

        var codes = new Dictionary<string, (string, PairFigure)>(StringComparer.Ordinal);
        PairFigure? total = null;
        foreach (var section in table.Sections)
        {
            var column = TableShape.ColumnOf(section, FigureRole.Total);
            if (column < 0)
            {
                column = Measures.MainColumn(section, year.Report.Kind);
            }

            if (column < 0)
            {
                continue;
            }

            foreach (var row in section.Rows)
            {
                if (row.Code is { } code)
                {
                    codes.TryAdd(code.Value, (row.Name, PairFigure.Cell(table, row, column)));
                }
                else if (row.Role == FigureRole.Total)
                {
                    total ??= PairFigure.Cell(table, row, column);
                }
            }
        }

        return (table, codes, total);
    }

    private static bool IsBudgetFigure(AmountColumn column) =>
        !column.IsPercent && (Measures.IsBudget(column) || column.Role is FigureRole.Amount or FigureRole.Total or FigureRole.CurrentYear);

    private static bool IsItemTable(BudgetTable table, FigureRole item) =>
        (table.Type == TableType.ThreePublic && item == FigureRole.ThreePublic) || (table.Type == TableType.OperatingCosts && item == FigureRole.OperatingCosts);

    private static int Preference(BudgetTable table) =>
        table.Type is TableType.ThreePublic or TableType.OperatingCosts ? 0 : 1;

    /// <summary>The row an item column's figure is read from: the one row printed, or the total row.</summary>
    private static TableRow? HeadlineRow(TableSection section) =>
        section.Rows.Count == 1 ? section.Rows[0] : section.Rows.FirstOrDefault(r => r.Role is FigureRole.Total or FigureRole.GrandTotal);
}
