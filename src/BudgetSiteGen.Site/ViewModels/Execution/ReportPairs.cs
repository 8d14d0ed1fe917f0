using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Execution;

/// <summary>
/// The pairs a final-accounts report prints itself: in every table section with budget columns (预算数, 年初预算数,
/// 全年预算数 …) and a 决算数 column, each row; where the columns are things (the Shanghai 三公 table, a 预算数 and a
/// 决算数 under each item), each item.
/// </summary>
public sealed class ReportPairs(UiText text)
{
    public IReadOnlyList<PairGroup> Of(DepartmentYear year)
    {
        var groups = new List<PairGroup>();
        foreach (var table in year.Tables.Where(t => !t.NoData).OrderBy(t => t.Number))
        {
            for (var s = 0; s < table.Sections.Count; s++)
            {
                var section = table.Sections[s];
                var id = table.Sections.Count > 1 ? $"table-{table.Number}-{section.Id ?? s.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : $"table-{table.Number}";
                var title = section.Title is null ? table.FullTitle : $"{table.FullTitle}（{section.Title}）";
                var group = section.Columns.Any(c => c.Item != FigureRole.None)
                    ? ByItem(year, table, section, id, title)
                    : ByRow(year, table, section, id, title);
                if (group is not null && group.Pairs.Count > 0)
                {
                    groups.Add(group);
                }
            }
        }

        return groups;
    }

    /// <summary>Items as columns: each item with budget columns and a 决算数 column is a pair, for each printed row.</summary>
    private PairGroup? ByItem(DepartmentYear year, BudgetTable table, TableSection section, string id, string title)
    {
        var columns = section.Columns.ToList();
        var items = columns.Where(c => c.Item != FigureRole.None).Select(c => c.Item).Distinct().ToList();
        var kinds = Kinds(columns.Where(Measures.IsBudget));
        var pairs = new List<BudgetActualPair>();
        foreach (var row in section.Rows)
        {
            foreach (var item in items)
            {
                var actual = columns.FindIndex(c => c.Item == item && Measures.IsActual(c));
                var budgets = kinds.Select(kind => columns.FindIndex(c => c.Item == item && c.Role == kind)).ToList();
                if (actual < 0 || budgets.All(b => b < 0))
                {
                    continue;
                }

                var name = ItemNames.Label(text, item);
                var label = string.IsNullOrEmpty(row.Name) || section.Rows.Count == 1 ? name : $"{row.Name} {name}";
                var rate = columns.FindIndex(c => c.Item == item && Measures.IsPrintedRate(c));
                pairs.Add(new BudgetActualPair(label, null, ItemNames.Level(item), item == FigureRole.ThreePublic,
                    budgets.Select(b => b < 0 ? new PairFigure(null, table.Unit) : PairFigure.Cell(table, row, b)).ToList(),
                    PairFigure.Cell(table, row, actual))
                {
                    PrintedRate = rate < 0 ? null : PairFigure.Cell(table, row, rate),
                });
            }
        }

        return new PairGroup(id, title, table.Unit, kinds, pairs, [new PairSource(year, table)]);
    }

    /// <summary>Measures as columns: each row with a figure in a budget column or the 决算数 column is a pair.</summary>
    private static PairGroup? ByRow(DepartmentYear year, BudgetTable table, TableSection section, string id, string title)
    {
        var columns = section.Columns.ToList();
        var actual = columns.FindIndex(Measures.IsActual);
        var kinds = Kinds(columns.Where(Measures.IsBudget));
        if (actual < 0 || kinds.Count == 0)
        {
            return null;
        }

        var budgets = kinds.Select(kind => columns.FindIndex(c => c.Role == kind && Measures.IsBudget(c))).ToList();
        var rate = columns.FindIndex(Measures.IsPrintedRate);
        var pairs = section.Rows
            .Where(row => budgets.Append(actual).Any(c => row.Values[c] is not null || row.IsUnreadable(c)))
            .Select(row => new BudgetActualPair(row.Name, row.Code?.Value, row.Level,
                row.Role is FigureRole.Total or FigureRole.GrandTotal or FigureRole.Subtotal,
                budgets.Select(b => PairFigure.Cell(table, row, b)).ToList(),
                PairFigure.Cell(table, row, actual))
            {
                PrintedRate = rate < 0 ? null : PairFigure.Cell(table, row, rate),
            })
            .ToList();
        return new PairGroup(id, title, table.Unit, kinds, pairs, [new PairSource(year, table)]);
    }

    private static List<FigureRole> Kinds(IEnumerable<AmountColumn> budgetColumns)
    {
        var present = budgetColumns.Select(c => c.Role).ToHashSet();
        return Measures.BudgetKinds.Where(present.Contains).ToList();
    }
}
