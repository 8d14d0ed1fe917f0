using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// The summary tables (收支总表, 财政拨款收支总表, and the 决算 收入支出决算总表) balance: income total = expenditure
/// total; the sources of income add up to this year's income, which with carry-over or opening balances makes the
/// income total; the expenditure classes add up to this year's expenditure, which with year-end carry-over or
/// closing balances makes the expenditure total. The same identity holds for budgets and final accounts; only the
/// names of the opening and closing rows differ.
/// </summary>
public sealed class SummaryBalanceRule : AuditRule
{
    public override string Code => "BSG207";

    public override string Description => "收支总表平衡：收入总计 = 支出总计；各项收入之和加结转（年初结转和结余）= 收入总计；各类支出之和加年终结转（年末结转和结余）= 支出总计";

    protected override string NothingToCheck => "没有分收入、支出两栏的收支总表";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var table in year.Tables.Where(t => t.Type is TableType.BudgetSummary or TableType.FiscalAppropriationSummary))
        {
            var income = table.Sections.FirstOrDefault(s => s.Id == SummarySections.Income);
            var spending = table.Sections.FirstOrDefault(s => s.Id == SummarySections.Expenditure);
            if (income is null || spending is null)
            {
                run.Missing($"{Name(table)}没有 id 为 income 和 expenditure 的两栏");
                continue;
            }

            var incomeColumn = TableShape.MainColumn(income);
            var spendingColumn = TableShape.MainColumn(spending);
            if (incomeColumn < 0 || spendingColumn < 0)
            {
                run.Missing($"{Name(table)}的收入栏或支出栏没有可识别的金额列（合计、金额、预算数、决算数）");
                continue;
            }

            var incomeTotal = TableShape.RowOf(income, FigureRole.GrandTotal);
            var spendingTotal = TableShape.RowOf(spending, FigureRole.GrandTotal);
            if (incomeTotal >= 0 && spendingTotal >= 0)
            {
                var printed = new CellRef(table, spending, spendingTotal, spendingColumn);
                if (Compare.Same(run, Code, printed, new CellRef(table, income, incomeTotal, incomeColumn), "支出总计与收入总计") is { } f)
                {
                    yield return f;
                }
            }
            else
            {
                run.Missing($"{Name(table)}没有标为 grand_total 的收入总计或支出总计行");
            }

            foreach (var finding in IncomeSide(run, table, income, incomeColumn, incomeTotal))
            {
                yield return finding;
            }

            for (var column = 0; column < spending.Columns.Count; column++)
            {
                if (spending.Columns[column].IsPercent)
                {
                    continue;
                }

                foreach (var finding in SpendingSide(run, table, spending, column, spendingTotal))
                {
                    yield return finding;
                }
            }
        }
    }

    private IEnumerable<Finding> IncomeSide(RuleRun run, BudgetTable table, TableSection income, int column, int grandTotal)
    {
        var subtotal = TableShape.RowOf(income, FigureRole.Subtotal);
        var end = subtotal >= 0 ? subtotal : grandTotal >= 0 ? grandTotal : income.Rows.Count;
        var sources = Enumerable.Range(0, end)
            .Where(i => TableShape.IsFundSource(income.Rows[i].Role) && income.Rows[i].Level == 1)
            .Select(i => new CellRef(table, income, i, column))
            .ToList();
        var opening = Enumerable.Range(0, income.Rows.Count)
            .Where(i => RoleGroups.Opening.Contains(income.Rows[i].Role) && income.Rows[i].Level == 1)
            .Select(i => new CellRef(table, income, i, column))
            .ToList();

        if (subtotal >= 0 && sources.Count > 0 && Compare.Sum(run, Code, new CellRef(table, income, subtotal, column), sources, "本年收入合计与各项收入之和") is { } f1)
        {
            yield return f1;
        }

        if (grandTotal < 0)
        {
            yield break;
        }

        var parts = subtotal >= 0 ? [new CellRef(table, income, subtotal, column), .. opening] : sources.Concat(opening).ToList();
        if (parts.Count > 0 && Compare.Sum(run, Code, new CellRef(table, income, grandTotal, column), parts, "收入总计与本年收入、结转（年初结转和结余）之和") is { } f2)
        {
            yield return f2;
        }
    }

    private IEnumerable<Finding> SpendingSide(RuleRun run, BudgetTable table, TableSection spending, int column, int grandTotal)
    {
        var subtotal = TableShape.RowOf(spending, FigureRole.Subtotal);
        var classes = Enumerable.Range(0, spending.Rows.Count)
            .Where(i => spending.Rows[i].Code is { Level: 1 })
            .Select(i => new CellRef(table, spending, i, column))
            .ToList();
        var closing = Enumerable.Range(0, spending.Rows.Count)
            .Where(i => RoleGroups.Closing.Contains(spending.Rows[i].Role) && spending.Rows[i].Level == 1)
            .Select(i => new CellRef(table, spending, i, column))
            .ToList();

        if (subtotal >= 0 && classes.Count > 0 && Compare.Sum(run, Code, new CellRef(table, spending, subtotal, column), classes, "本年支出合计与各类支出之和") is { } f1)
        {
            yield return f1;
        }

        if (grandTotal < 0)
        {
            yield break;
        }

        var parts = subtotal >= 0 ? [new CellRef(table, spending, subtotal, column), .. closing] : classes.Concat(closing).ToList();
        if (parts.Count > 0 && Compare.Sum(run, Code, new CellRef(table, spending, grandTotal, column), parts, "支出总计与本年支出、年终结转（年末结转和结余）之和") is { } f2)
        {
            yield return f2;
        }
    }

    private static string Name(BudgetTable table) => table.Label ?? table.Title;
}
