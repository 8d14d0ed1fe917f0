using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// Which table figure a narrative phrase states, item by item: "一般公共预算拨款收入" in 收入预算情况说明 is
/// the general-budget row of table 1, "人员经费" in 基本支出情况说明 is table 6's personnel total, and so
/// on. A phrase is recognised when the words before an amount end with it; anything else is not checked.
/// </summary>
public static class NarrativeFigures
{
    private delegate CellRef? Resolver(DepartmentYear year);

    private static readonly Dictionary<string, (string Phrase, Resolver Resolve)[]> ByItem = new(StringComparer.Ordinal)
    {
        ["changes"] =
        [
            ("预算收入总计", y => Summary(y, "income", FigureRole.GrandTotal, 0)),
            ("预算支出总计", y => Summary(y, "expenditure", FigureRole.GrandTotal, FigureRole.Total)),
            ("本年收入", y => Summary(y, "income", FigureRole.Subtotal, 0)),
            ("本年预算安排", y => Summary(y, "expenditure", FigureRole.GrandTotal, FigureRole.CurrentYear)),
            ("上年结转", y => Summary(y, "income", FigureRole.CarryOver, 0)),
        ],
        ["income"] =
        [
            ("预算收入", y => Summary(y, "income", FigureRole.GrandTotal, 0)),
            ("一般公共预算拨款收入", y => IncomeItem(y, FigureRole.GeneralPublicBudget)),
            ("政府性基金预算拨款收入", y => IncomeItem(y, FigureRole.GovernmentFund)),
            ("国有资本经营预算拨款收入", y => IncomeItem(y, FigureRole.StateCapital)),
            ("财政专户管理资金收入", y => IncomeItem(y, FigureRole.SpecialAccount)),
            ("单位资金", y => IncomeItem(y, FigureRole.UnitFunds)),
            ("上年结转", y => Summary(y, "income", FigureRole.CarryOver, 0)),
        ],
        ["expenditure"] =
        [
            ("支出预算", y => TotalOf(y, TableType.ExpenditureSummary, FigureRole.Total)),
            ("基本支出", y => TotalOf(y, TableType.ExpenditureSummary, FigureRole.Basic)),
            ("项目支出", y => TotalOf(y, TableType.ExpenditureSummary, FigureRole.Project)),
        ],
        ["fiscal-appropriations"] =
        [
            ("财政拨款收支总预算", y => Summary(y, "expenditure", FigureRole.GrandTotal, FigureRole.Total, TableType.FiscalAppropriationSummary)),
            ("一般公共预算拨款", y => Summary(y, "expenditure", FigureRole.GrandTotal, FigureRole.GeneralPublicBudget, TableType.FiscalAppropriationSummary)),
            ("政府性基金预算拨款", y => Summary(y, "expenditure", FigureRole.GrandTotal, FigureRole.GovernmentFund, TableType.FiscalAppropriationSummary)),
            ("国有资本经营预算拨款", y => Summary(y, "expenditure", FigureRole.GrandTotal, FigureRole.StateCapital, TableType.FiscalAppropriationSummary)),
            ("当年拨款收入", y => Summary(y, "income", FigureRole.Subtotal, 0, TableType.FiscalAppropriationSummary)),
            ("上年结转收入", y => Summary(y, "income", FigureRole.CarryOver, 0, TableType.FiscalAppropriationSummary)),
        ],
        ["general-budget"] =
        [
            ("一般公共预算当年支出", y => TotalOf(y, TableType.GeneralBudgetExpenditure, FigureRole.Total)),
        ],
        ["basic-expenditure"] =
        [
            ("基本支出", y => TotalOf(y, TableType.BasicExpenditureByEconomicClass, FigureRole.Total)),
            ("人员经费", y => TotalOf(y, TableType.BasicExpenditureByEconomicClass, FigureRole.Personnel)),
            ("公用经费", y => TotalOf(y, TableType.BasicExpenditureByEconomicClass, FigureRole.Public)),
        ],
        ["three-public"] =
        [
            ("经费预算", y => TotalOf(y, TableType.ThreePublic, FigureRole.Total)),
            ("因公出国（境）费", y => NamedRow(y, TableType.ThreePublic, "因公出国（境）费")),
            ("公务接待费", y => NamedRow(y, TableType.ThreePublic, "公务接待费")),
            ("公务用车运行维护费", y => NamedRow(y, TableType.ThreePublic, "②公务用车运行维护费")),
            ("公务用车购置费", y => NamedRow(y, TableType.ThreePublic, "①公务用车购置费")),
        ],
        ["operating-costs"] =
        [
            ("机关运行经费财政拨款预算", y => TotalOf(y, TableType.OperatingCosts, FigureRole.Total)),
        ],
    };

    /// <summary>Function classes named in items 四 and 五 are read from tables 4 and 5 by their name.</summary>
    private static readonly Dictionary<string, TableType> ClassTables = new(StringComparer.Ordinal)
    {
        ["fiscal-appropriations"] = TableType.FiscalAppropriationSummary,
        ["general-budget"] = TableType.GeneralBudgetExpenditure,
    };

    public static CellRef? Resolve(DepartmentYear year, string itemId, string label)
    {
        if (ByItem.TryGetValue(itemId, out var phrases))
        {
            // The longest phrase wins, so "一般公共预算拨款收入" is not read as "单位资金" or the like.
            foreach (var (phrase, resolve) in phrases.OrderByDescending(p => p.Phrase.Length))
            {
                if (label.EndsWith(phrase, StringComparison.Ordinal))
                {
                    return resolve(year);
                }
            }
        }

        return ClassTables.TryGetValue(itemId, out var type) ? FunctionClass(year, type, label) : null;
    }

    private static CellRef? Summary(DepartmentYear year, string sectionId, FigureRole rowRole, FigureRole columnRole, TableType type = TableType.BudgetSummary) =>
        Summary(year, sectionId, rowRole, -1, type, columnRole);

    private static CellRef? Summary(DepartmentYear year, string sectionId, FigureRole rowRole, int column, TableType type = TableType.BudgetSummary, FigureRole? columnRole = null)
    {
        var table = year.Table(type);
        var section = table?.Sections.FirstOrDefault(s => s.Id == sectionId);
        if (table is null || section is null)
        {
            return null;
        }

        var row = TableShape.RowOf(section, rowRole);
        var col = columnRole is { } role ? TableShape.ColumnOf(section, role) : column;
        return row < 0 || col < 0 ? null : new CellRef(table, section, row, col);
    }

    private static CellRef? IncomeItem(DepartmentYear year, FigureRole role)
    {
        var table = year.Table(TableType.BudgetSummary);
        var section = table?.Sections.FirstOrDefault(s => s.Id == "income");
        var row = section?.Rows.ToList().FindIndex(r => r.Role == role && r.Level == 1) ?? -1;
        return row < 0 ? null : new CellRef(table!, section!, row, 0);
    }

    private static CellRef? TotalOf(DepartmentYear year, TableType type, FigureRole column) =>
        year.Table(type) is { } table ? TableShape.TotalCell(table, column) : null;

    private static CellRef? NamedRow(DepartmentYear year, TableType type, string name)
    {
        var table = year.Table(type);
        if (table is null)
        {
            return null;
        }

        var section = table.Sections[0];
        var row = section.Rows.ToList().FindIndex(r => r.Name == name);
        var column = TableShape.ColumnOf(section, FigureRole.Total);
        return row < 0 || column < 0 ? null : new CellRef(table, section, row, column);
    }

    private static CellRef? FunctionClass(DepartmentYear year, TableType type, string label)
    {
        var table = year.Table(type);
        if (table is null)
        {
            return null;
        }

        foreach (var section in table.Sections)
        {
            var column = TableShape.ColumnOf(section, FigureRole.Total);
            for (var row = 0; row < section.Rows.Count && column >= 0; row++)
            {
                var r = section.Rows[row];
                if (r.Code is { Level: 1 } && label.EndsWith(PrintedName.WithoutOrdinal(r.Name), StringComparison.Ordinal) && PrintedName.WithoutOrdinal(r.Name).Length >= 3)
                {
                    return new CellRef(table, section, row, column);
                }
            }
        }

        return null;
    }
}
