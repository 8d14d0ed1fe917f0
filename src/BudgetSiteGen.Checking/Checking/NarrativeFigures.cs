using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;
using BudgetSiteGen.Model.Layouts;

namespace BudgetSiteGen.Checking;

/// <summary>
/// Which table figure a narrative phrase states. In order: the phrases of the item's own section ("人员经费" in
/// 基本支出情况说明 is the economic table's personnel total); phrases any section may use ("收入预算", "本年支出合计",
/// "财政拨款收入"); a 三公 item or 机关运行经费, named in the label or earlier in the clause; a function written as a
/// path ("一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行", or "…（类）…（款）…（项）") in the label or
/// earlier in the paragraph; a function class by its name. Anything else is not checked, and the rule says so.
/// </summary>
public static class NarrativeFigures
{
    public static TableFigure? Resolve(DepartmentYear year, string itemId, NarrativeMention mention)
    {
        var label = mention.Label;
        var measure = Measure(year.Report.Kind, mention.ClauseBefore);

        // "支出决算为1511.89万元" after "…行政运行（项）" in the same paragraph is that function's figure.
        if (IsBareFigure(label) && FunctionPath(year, mention.Before, measure) is { } named)
        {
            return TableFigure.Of(named);
        }

        return NarrativePhrases.BySection(year, itemId, label, measure)
            ?? NarrativePhrases.Anywhere(year, label, measure)
            ?? Fig(Item(year, label, mention.ClauseBefore, measure)
                ?? FunctionPath(year, label, measure)
                ?? FunctionClass(year, itemId, label, measure));
    }

    private static TableFigure? Fig(CellRef? cell) => cell is null ? null : TableFigure.Of(cell);

    /// <summary>A final account's narrative names both the budget and the actual of one thing; a budget's only its budget.</summary>
    private static FigureRole Measure(ReportKind kind, string clause)
    {
        if (kind == ReportKind.Budget)
        {
            return FigureRole.Amount;
        }

        var budget = clause.LastIndexOf("预算", StringComparison.Ordinal);
        var actual = clause.LastIndexOf("决算", StringComparison.Ordinal);
        return budget > actual ? FigureRole.Budget : FigureRole.Actual;
    }

    private static readonly (string Word, FigureRole Item)[] ItemWords =
    [
        ("公务用车购置及运行", FigureRole.OfficialVehicles),
        ("公务用车购置费", FigureRole.VehiclePurchase),
        ("公务用车运行", FigureRole.VehicleOperation),
        ("因公出国", FigureRole.OutboundTravel),
        ("公务接待", FigureRole.OfficialReception),
        ("机关运行经费", FigureRole.OperatingCosts),
        ("三公", FigureRole.ThreePublic),
    ];

    private static CellRef? Item(DepartmentYear year, string label, string clause, FigureRole measure)
    {
        // The label names the item, or a bare "支出决算为" takes the item named last in its clause.
        var text = ItemWords.Any(w => label.Contains(w.Word, StringComparison.Ordinal)) ? label : IsBareFigure(label) ? clause : null;
        if (text is null)
        {
            return null;
        }

        var (_, item) = ItemWords
            .Select(w => (At: text.LastIndexOf(w.Word, StringComparison.Ordinal), w.Item))
            .Where(w => w.At >= 0)
            .OrderByDescending(w => w.At)
            .FirstOrDefault();
        if (item == FigureRole.None)
        {
            return null;
        }

        if (item == FigureRole.OperatingCosts)
        {
            return FigureFinder.OperatingCosts(year);
        }

        return FigureFinder.Item(year, item, measure) ?? (measure != FigureRole.Amount ? null : FigureFinder.Item(year, item));
    }

    /// <summary>A label with no name of its own: "支出决算为", "预算数为", "决算数".</summary>
    private static bool IsBareFigure(string label)
    {
        var plain = label.Replace("为", string.Empty, StringComparison.Ordinal).Replace("支出", string.Empty, StringComparison.Ordinal)
            .Replace("年初", string.Empty, StringComparison.Ordinal).Replace("数", string.Empty, StringComparison.Ordinal).Trim();
        return plain is "" or "决算" or "预算";
    }

    /// <summary>The function named as a path, 类-款-项 with hyphens or with （类）（款）（项） markers; the last one named wins.</summary>
    private static CellRef? FunctionPath(DepartmentYear year, string text, FigureRole measure)
    {
        var names = FunctionPathText.LastPath(text);
        if (names.Count < 2)
        {
            return null;
        }

        foreach (var type in new[] { TableType.GeneralBudgetExpenditure, TableType.ExpenditureSummary })
        {
            if (year.Table(type) is not { } table)
            {
                continue;
            }

            var section = table.Sections[0];
            var column = MeasureColumn(section, measure);
            var row = RowByPath(section, names);
            if (row >= 0 && column >= 0)
            {
                return new CellRef(table, section, row, column);
            }
        }

        return null;
    }

    /// <summary>The row whose name is the path's last name and whose parents carry the path's earlier names.</summary>
    private static int RowByPath(TableSection section, IReadOnlyList<string> names)
    {
        for (var i = 0; i < section.Rows.Count; i++)
        {
            var row = section.Rows[i];
            if (row.Code is not { } code || code.Level != names.Count || !HeaderText.Same(PrintedName.WithoutOrdinal(row.Name), names[^1]))
            {
                continue;
            }

            var parent = code.Parent;
            var matches = true;
            for (var level = names.Count - 2; level >= 0 && parent is { } p; level--, parent = p.Parent)
            {
                var parentRow = section.Rows.FirstOrDefault(r => r.Code == p);
                matches &= parentRow is not null && HeaderText.Same(PrintedName.WithoutOrdinal(parentRow.Name), names[level]);
            }

            if (matches)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A function class by name, from the table the section explains first: 财政拨款 items from the fiscal summary.</summary>
    private static CellRef? FunctionClass(DepartmentYear year, string itemId, string label, FigureRole measure)
    {
        TableType[] order = itemId == NarrativeSections.FiscalAppropriations
            ? [TableType.FiscalAppropriationSummary, TableType.GeneralBudgetExpenditure, TableType.ExpenditureSummary]
            : [TableType.GeneralBudgetExpenditure, TableType.FiscalAppropriationSummary, TableType.ExpenditureSummary];
        foreach (var type in order)
        {
            if (year.Table(type) is not { } table)
            {
                continue;
            }

            foreach (var section in table.Sections)
            {
                var column = MeasureColumn(section, measure);
                for (var row = 0; row < section.Rows.Count && column >= 0; row++)
                {
                    var r = section.Rows[row];
                    var name = PrintedName.WithoutOrdinal(r.Name);
                    if (r.Code is { Level: 1 } && name.Length >= 3 && ClassLabel(label).EndsWith(name, StringComparison.Ordinal))
                    {
                        return new CellRef(table, section, row, column);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The column holding the measure a text names: a final account's budget figure only from a budget column (its
    /// tables' other columns are actuals), its actual from the actual or main column; a budget's from the main column.
    /// </summary>
    public static int MeasureColumn(TableSection section, FigureRole measure)
    {
        if (measure == FigureRole.Budget)
        {
            return section.Columns.ToList().FindIndex(c => RoleGroups.BudgetMeasures.Contains(c.Role));
        }

        var actual = TableShape.ColumnOf(section, FigureRole.Actual);
        if (measure == FigureRole.Actual && actual >= 0)
        {
            return actual;
        }

        var main = TableShape.MainColumn(section);
        return main >= 0 && RoleGroups.BudgetMeasures.Contains(section.Columns[main].Role) && measure == FigureRole.Actual ? -1 : main;
    }

    /// <summary>"一般公共服务支出（类）" names the class 一般公共服务支出.</summary>
    private static string ClassLabel(string label) => label.Replace("（类）", string.Empty, StringComparison.Ordinal).Replace("(类)", string.Empty, StringComparison.Ordinal).TrimEnd();
}
