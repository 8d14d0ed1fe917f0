using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// The same figure agrees across tables: table 3's total with table 1's; table 2's with table 1's income;
/// table 5's basic expenditure with table 6; table 11 with table 6's public costs; table 8 with table 2's
/// government-fund column; tables 12 + 13 with table 3's project expenditure; and class by class, table 3
/// with table 1 and with table 2 (income + carry-over), table 5 with table 2's general-budget column.
/// </summary>
public sealed class CrossTableRule : AuditRule
{
    public override string Code => "BSG208";

    public override string Description => "同一数字在各表之间一致（表3与表1、表2与表1、表5与表6、表11与表6、表8与表2、表12+表13与表3 等）";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        var t1 = year.Table(TableType.BudgetSummary);
        var t2 = year.Table(TableType.IncomeSummary);
        var t3 = year.Table(TableType.ExpenditureSummary);
        var t5 = year.Table(TableType.GeneralBudgetExpenditure);
        var t6 = year.Table(TableType.BasicExpenditureByEconomicClass);
        var t8 = year.Table(TableType.GovernmentFundExpenditure);
        var t11 = year.Table(TableType.OperatingCosts);
        var t12 = year.Table(TableType.ProjectsCurrent);
        var t13 = year.Table(TableType.ProjectsCarriedOver);
        var found = new List<Finding?>();

        if (t1 is not null && t3 is not null)
        {
            found.Add(Same(run, TableShape.TotalCell(t3, FigureRole.Total), SummaryRow(t1, "expenditure", FigureRole.GrandTotal, FigureRole.Total), "支出总表合计与收支总表支出总计"));
            foreach (var (cell, other) in ByCode(t3, FigureRole.Total, t1, "expenditure", FigureRole.Total, level1Only: true))
            {
                found.Add(Same(run, cell, other, "支出总表与收支总表同一功能分类"));
            }
        }

        if (t1 is not null && t2 is not null)
        {
            found.Add(Same(run, TableShape.TotalCell(t2, FigureRole.Total), SummaryRow(t1, "income", FigureRole.Subtotal, null), "收入总表合计与收支总表本年收入合计"));
            found.Add(Same(run, TableShape.TotalCell(t2, FigureRole.CarryOver), SummaryRow(t1, "income", FigureRole.CarryOver, null), "收入总表上年结转与收支总表上年结转"));
        }

        if (t2 is not null && t3 is not null)
        {
            found.AddRange(IncomeMatchesExpenditure(run, t2, t3));
        }

        if (t5 is not null && t2 is not null)
        {
            foreach (var (cell, other) in ByCode(t5, FigureRole.Total, t2, null, FigureRole.GeneralPublicBudget, level1Only: false))
            {
                found.Add(Same(run, cell, other, "一般公共预算支出表与收入总表一般公共预算列"));
            }
        }

        if (t5 is not null && t6 is not null)
        {
            found.Add(Same(run, TableShape.TotalCell(t5, FigureRole.Basic), Cell(TableShape.TotalCell(t6, FigureRole.Total)), "一般公共预算基本支出与经济分类表合计"));
        }

        if (t11 is not null && t6 is not null)
        {
            found.Add(Same(run, TableShape.TotalCell(t11, FigureRole.Total), Cell(TableShape.TotalCell(t6, FigureRole.Public)), "机关运行经费与经济分类表公用经费"));
        }

        if (t8 is not null && t2 is not null && !t8.NoData)
        {
            found.Add(Same(run, TableShape.TotalCell(t8, FigureRole.Total), Cell(TableShape.TotalCell(t2, FigureRole.GovernmentFund)), "政府性基金支出表合计与收入总表政府性基金列"));
        }

        if (t3 is not null && t12 is not null && !t12.NoData && (t13 is null || !t13.NoData))
        {
            found.Add(ProjectsMatch(run, t3, t12, t13));
        }

        return found.OfType<Finding>();
    }

    private Finding? Same(RuleRun run, CellRef? printed, (decimal? Value, FindingLocation Location)? other, string what) =>
        printed is null || other is null ? null : Compare.Same(run, Code, printed, other.Value.Value, other.Value.Location, what);

    private static (decimal?, FindingLocation)? Cell(CellRef? cell) => cell is null ? null : (cell.Value, cell.Location);

    private static (decimal?, FindingLocation)? SummaryRow(BudgetTable table, string sectionId, FigureRole rowRole, FigureRole? columnRole)
    {
        var section = table.Sections.FirstOrDefault(s => s.Id == sectionId);
        if (section is null)
        {
            return null;
        }

        var row = TableShape.RowOf(section, rowRole);
        var column = columnRole is { } role ? TableShape.ColumnOf(section, role) : 0;
        return row < 0 || column < 0 ? null : Cell(new CellRef(table, section, row, column));
    }

    /// <summary>Pairs each coded row of <paramref name="printed"/> with the row of the same code in <paramref name="other"/>.</summary>
    private static IEnumerable<(CellRef Cell, (decimal?, FindingLocation) Other)> ByCode(
        BudgetTable printed, FigureRole printedColumn, BudgetTable other, string? otherSection, FigureRole otherColumn, bool level1Only)
    {
        var section = printed.Sections[0];
        var column = TableShape.ColumnOf(section, printedColumn);
        var target = otherSection is null ? other.Sections[0] : other.Sections.FirstOrDefault(s => s.Id == otherSection);
        if (column < 0 || target is null)
        {
            yield break;
        }

        var targetColumn = TableShape.ColumnOf(target, otherColumn);
        if (targetColumn < 0)
        {
            yield break;
        }

        for (var row = 0; row < section.Rows.Count; row++)
        {
            if (section.Rows[row].Code is not { } code || (level1Only && code.Level != 1))
            {
                continue;
            }

            var match = target.Rows.ToList().FindIndex(r => r.Code == code);
            if (match >= 0)
            {
                yield return (new CellRef(printed, section, row, column), Cell(new CellRef(other, target, match, targetColumn))!.Value);
            }
        }
    }

    /// <summary>Class by class, expenditure (table 3) equals this year's income plus carry-over (table 2).</summary>
    private IEnumerable<Finding?> IncomeMatchesExpenditure(RuleRun run, BudgetTable t2, BudgetTable t3)
    {
        var income = t2.Sections[0];
        var spending = t3.Sections[0];
        var total = TableShape.ColumnOf(spending, FigureRole.Total);
        var incomeTotal = TableShape.ColumnOf(income, FigureRole.Total);
        var carry = TableShape.ColumnOf(income, FigureRole.CarryOver);
        if (total < 0 || incomeTotal < 0 || carry < 0)
        {
            yield break;
        }

        for (var row = 0; row < spending.Rows.Count; row++)
        {
            if (spending.Rows[row].Code is not { } code)
            {
                continue;
            }

            var match = income.Rows.ToList().FindIndex(r => r.Code == code);
            if (match < 0)
            {
                continue;
            }

            var parts = new[] { new CellRef(t2, income, match, incomeTotal), new CellRef(t2, income, match, carry) };
            yield return Compare.Sum(run, Code, new CellRef(t3, spending, row, total), parts, "支出总表与收入总表（本年收入 + 上年结转）同一科目");
        }
    }

    /// <summary>Project expenditure (table 3) equals this year's projects (table 12) plus carried-over ones (table 13).</summary>
    private Finding? ProjectsMatch(RuleRun run, BudgetTable t3, BudgetTable t12, BudgetTable? t13)
    {
        var printed = TableShape.TotalCell(t3, FigureRole.Project);
        if (printed is null)
        {
            return null;
        }

        var current = TableShape.Total(t12, FigureRole.Total) ?? 0m;
        var carried = t13 is null ? 0m : TableShape.Total(t13, FigureRole.Total) ?? 0m;
        var where = new FindingLocation(LocationKind.Table, $"{t12.Label ?? "表12"}（{Compare.Amount(current)}）+ {t13?.Label ?? "表13"}（{Compare.Amount(carried)}）", t12.Number);
        return Compare.Same(run, Code, printed, current + carried, where, "项目支出与项目支出表（本年 + 上年结转）之和", roundedTerms: 2);
    }
}
