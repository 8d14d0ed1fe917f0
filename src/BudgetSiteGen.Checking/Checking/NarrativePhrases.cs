using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// The phrases narratives use for figures the tables print, found by table type and role. A phrase is recognised
/// when the words before an amount end with it; the longest phrase wins, so "一般公共预算拨款收入" is not read as
/// "拨款收入". Phrases of one section come first, then those any section may use.
/// </summary>
public static class NarrativePhrases
{
    private delegate TableFigure? Resolver(DepartmentYear year);

    private static readonly Dictionary<string, (string Phrase, Resolver Resolve)[]> Sections = new(StringComparer.Ordinal)
    {
        [NarrativeSections.Changes] =
        [
            ("预算收入总计", y => Summary(y, SummarySections.Income, FigureRole.GrandTotal)),
            ("预算支出总计", y => Summary(y, SummarySections.Expenditure, FigureRole.GrandTotal)),
            ("本年收入", y => Summary(y, SummarySections.Income, FigureRole.Subtotal)),
            ("本年预算安排", y => Summary(y, SummarySections.Expenditure, FigureRole.GrandTotal, FigureRole.CurrentYear)),
            ("上年结转", y => Summary(y, SummarySections.Income, FigureRole.CarryOver)),
            ("收入支出总计", y => Summary(y, SummarySections.Income, FigureRole.GrandTotal)),
        ],
        [NarrativeSections.Income] =
        [
            ("预算收入", y => Summary(y, SummarySections.Income, FigureRole.GrandTotal)),
            ("上年结转", y => Summary(y, SummarySections.Income, FigureRole.CarryOver)),
        ],
        [NarrativeSections.FiscalAppropriations] =
        [
            ("财政拨款收支总预算", y => Summary(y, SummarySections.Expenditure, FigureRole.GrandTotal, FigureRole.Total, TableType.FiscalAppropriationSummary)),
            ("财政拨款收入支出总计", y => Summary(y, SummarySections.Expenditure, FigureRole.GrandTotal, FigureRole.Total, TableType.FiscalAppropriationSummary)),
            ("一般公共预算拨款", y => Summary(y, SummarySections.Expenditure, FigureRole.GrandTotal, FigureRole.GeneralPublicBudget, TableType.FiscalAppropriationSummary)),
            ("政府性基金预算拨款", y => Summary(y, SummarySections.Expenditure, FigureRole.GrandTotal, FigureRole.GovernmentFund, TableType.FiscalAppropriationSummary)),
            ("国有资本经营预算拨款", y => Summary(y, SummarySections.Expenditure, FigureRole.GrandTotal, FigureRole.StateCapital, TableType.FiscalAppropriationSummary)),
            ("当年拨款收入", y => Summary(y, SummarySections.Income, FigureRole.Subtotal, table: TableType.FiscalAppropriationSummary)),
            ("上年结转收入", y => Summary(y, SummarySections.Income, FigureRole.CarryOver, table: TableType.FiscalAppropriationSummary)),
        ],
        [NarrativeSections.GeneralBudget] =
        [
            ("一般公共预算当年支出", y => TotalOf(y, TableType.GeneralBudgetExpenditure, FigureRole.Total)),
            ("支出决算", y => TotalOf(y, TableType.GeneralBudgetExpenditure, FigureRole.Total)),
        ],
        [NarrativeSections.BasicExpenditure] =
        [
            ("基本支出", y => TotalOf(y, TableType.BasicExpenditureByEconomicClass, FigureRole.Total)),
        ],
        [NarrativeSections.ThreePublic] =
        [
            ("经费预算", y => Fig(FigureFinder.Item(y, FigureRole.ThreePublic))),
        ],
        [NarrativeSections.OperatingCosts] =
        [
            ("机关运行经费财政拨款预算", y => Fig(FigureFinder.OperatingCosts(y))),
        ],
    };

    private static readonly (string Phrase, Resolver Resolve)[] Everywhere =
    [
        ("收入预算", y => Summary(y, SummarySections.Income, FigureRole.GrandTotal)),
        ("预算收入", y => Summary(y, SummarySections.Income, FigureRole.GrandTotal)),
        ("收入总计", y => Summary(y, SummarySections.Income, FigureRole.GrandTotal)),
        ("本年收入合计", y => Summary(y, SummarySections.Income, FigureRole.Subtotal)),
        ("支出预算", y => Summary(y, SummarySections.Expenditure, FigureRole.GrandTotal)),
        ("预算支出", y => Summary(y, SummarySections.Expenditure, FigureRole.GrandTotal)),
        ("支出总计", y => Summary(y, SummarySections.Expenditure, FigureRole.GrandTotal)),
        ("本年支出合计", y => Summary(y, SummarySections.Expenditure, FigureRole.Subtotal)),
        ("年初结转和结余", y => Summary(y, SummarySections.Income, FigureRole.OpeningBalance)),
        ("年末结转和结余", y => Summary(y, SummarySections.Expenditure, FigureRole.ClosingBalance)),
        ("财政拨款收入", FiscalIncome),
        ("一般公共预算拨款收入", y => IncomeItem(y, FigureRole.GeneralPublicBudget)),
        ("政府性基金预算拨款收入", y => IncomeItem(y, FigureRole.GovernmentFund)),
        ("国有资本经营预算拨款收入", y => IncomeItem(y, FigureRole.StateCapital)),
        ("财政专户管理资金收入", y => IncomeItem(y, FigureRole.SpecialAccount)),
        ("单位资金", y => IncomeItem(y, FigureRole.UnitFunds)),
        ("事业收入", y => IncomeItem(y, FigureRole.BusinessIncome)),
        ("事业单位经营收入", y => IncomeItem(y, FigureRole.OperatingIncome)),
        ("经营收入", y => IncomeItem(y, FigureRole.OperatingIncome)),
        ("其他收入", y => IncomeItem(y, FigureRole.OtherIncome)),
        ("上级补助收入", y => IncomeItem(y, FigureRole.SuperiorSubsidy)),
        ("附属单位上缴收入", y => IncomeItem(y, FigureRole.AffiliatedRemittance)),
        ("财政拨款支出预算", y => Summary(y, SummarySections.Expenditure, FigureRole.GrandTotal, FigureRole.Total, TableType.FiscalAppropriationSummary)),
        ("一般公共预算拨款支出预算", y => Summary(y, SummarySections.Expenditure, FigureRole.GrandTotal, FigureRole.GeneralPublicBudget, TableType.FiscalAppropriationSummary)),
        ("政府性基金拨款支出预算", y => Summary(y, SummarySections.Expenditure, FigureRole.GrandTotal, FigureRole.GovernmentFund, TableType.FiscalAppropriationSummary)),
        ("国有资本经营预算拨款支出预算", y => Summary(y, SummarySections.Expenditure, FigureRole.GrandTotal, FigureRole.StateCapital, TableType.FiscalAppropriationSummary)),
        ("一般公共预算财政拨款支出", y => TotalOf(y, TableType.GeneralBudgetExpenditure, FigureRole.Total)),
        ("基本支出", y => TotalOf(y, TableType.ExpenditureSummary, FigureRole.Basic)),
        ("项目支出", y => TotalOf(y, TableType.ExpenditureSummary, FigureRole.Project)),
        ("人员经费", y => TotalOf(y, TableType.BasicExpenditureByEconomicClass, FigureRole.Personnel)),
        ("公用经费", y => TotalOf(y, TableType.BasicExpenditureByEconomicClass, FigureRole.Public)),
    ];

    public static TableFigure? BySection(DepartmentYear year, string sectionId, string label, FigureRole measure) =>
        !Answers(year, measure) ? null : Sections.TryGetValue(sectionId, out var phrases) ? Longest(phrases, year, label, strict: false) : null;

    /// <summary>
    /// A phrase any section may use names the figure only when nothing but the department, the year or a word like
    /// 本部门 comes before it: "…办公室收入预算" is the income budget, "…指导性目录预算支出" is not the expenditure budget.
    /// </summary>
    public static TableFigure? Anywhere(DepartmentYear year, string label, FigureRole measure) =>
        !Answers(year, measure) ? null : Longest(Everywhere, year, label, strict: true);

    /// <summary>The phrases name a report's own figures: a final account's actuals, not the budgets its text also quotes.</summary>
    private static bool Answers(DepartmentYear year, FigureRole measure) =>
        year.Report.Kind == ReportKind.Budget || measure != FigureRole.Budget;

    private static TableFigure? Longest((string Phrase, Resolver Resolve)[] phrases, DepartmentYear year, string label, bool strict)
    {
        var trimmed = label.TrimEnd('为', '是', ' ');
        foreach (var (phrase, resolve) in phrases.OrderByDescending(p => p.Phrase.Length))
        {
            if (trimmed.EndsWith(phrase, StringComparison.Ordinal) && (!strict || IsSubject(year, trimmed[..^phrase.Length])))
            {
                return resolve(year);
            }
        }

        return null;
    }

    private static readonly string[] SubjectWords = ["主要包括", "包括", "本部门", "本单位", "部门", "单位", "其中", "全年", "当年", "本年度", "年度", "年", "财政拨款"];

    private static bool IsSubject(DepartmentYear year, string prefix)
    {
        var rest = prefix.Replace(year.Department.Name, string.Empty, StringComparison.Ordinal).Trim();
        bool changed;
        do
        {
            changed = false;
            foreach (var word in SubjectWords)
            {
                if (rest.EndsWith(word, StringComparison.Ordinal))
                {
                    rest = rest[..^word.Length].Trim();
                    changed = true;
                }
            }
        }
        while (changed && rest.Length > 0);

        return rest.Length == 0;
    }

    private static TableFigure? Summary(DepartmentYear year, string sectionId, FigureRole rowRole, FigureRole? columnRole = null, TableType table = TableType.BudgetSummary) =>
        Fig(SummaryCell(year, sectionId, rowRole, columnRole, table));

    private static TableFigure? Fig(CellRef? cell) => cell is null ? null : TableFigure.Of(cell);

    private static CellRef? SummaryCell(DepartmentYear year, string sectionId, FigureRole rowRole, FigureRole? columnRole, TableType table)
    {
        var found = year.Table(table);
        var section = found?.Sections.FirstOrDefault(s => s.Id == sectionId);
        if (found is null || section is null)
        {
            return null;
        }

        var row = TableShape.RowOf(section, rowRole);
        var column = columnRole is { } role && TableShape.ColumnOf(section, role) is var c && c >= 0 ? c : columnRole is null or FigureRole.Total ? TableShape.MainColumn(section) : -1;
        return row < 0 || column < 0 ? null : new CellRef(found, section, row, column);
    }

    /// <summary>An income source: its row in the summary table, or else its column's total in the income summary.</summary>
    private static TableFigure? IncomeItem(DepartmentYear year, FigureRole role) => Fig(IncomeCell(year, role));

    private static CellRef? IncomeCell(DepartmentYear year, FigureRole role)
    {
        var table = year.Table(TableType.BudgetSummary);
        var section = table?.Sections.FirstOrDefault(s => s.Id == SummarySections.Income);
        var row = section?.Rows.ToList().FindIndex(r => r.Role == role && r.Level == 1) ?? -1;
        if (row >= 0 && TableShape.MainColumn(section!) is var column && column >= 0)
        {
            return new CellRef(table!, section!, row, column);
        }

        return year.Table(TableType.IncomeSummary) is { } income ? TableShape.TotalCell(income, role) : null;
    }

    /// <summary>财政拨款收入: a row of its own, or its column in the income summary (决算 print the three budgets as rows).</summary>
    private static TableFigure? FiscalIncome(DepartmentYear year) => IncomeItem(year, FigureRole.FiscalAppropriation);

    private static TableFigure? TotalOf(DepartmentYear year, TableType type, FigureRole column) =>
        year.Table(type) is { } table ? TableFigure.Of(TableShape.TotalCells(table, column)) : null;
}
