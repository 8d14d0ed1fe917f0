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

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg207_nothing");

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var table in year.Tables.Where(t => t.Type is TableType.BudgetSummary or TableType.FiscalAppropriationSummary))
        {
            var income = table.Sections.FirstOrDefault(s => s.Id == SummarySections.Income);
            var spending = table.Sections.FirstOrDefault(s => s.Id == SummarySections.Expenditure);
            if (income is null || spending is null)
            {
                run.Missing(Phrase.Of("audit_no_summary_sections", ("table", Name(table))));
                continue;
            }

            var incomeColumn = TableShape.MainColumn(income);
            var spendingColumn = TableShape.MainColumn(spending);
            if (incomeColumn < 0 || spendingColumn < 0)
            {
                run.Missing(Phrase.Of("audit_no_summary_amount_column", ("table", Name(table))));
                continue;
            }

            var incomeTotal = TableShape.RowOf(income, FigureRole.GrandTotal);
            var spendingTotal = TableShape.RowOf(spending, FigureRole.GrandTotal);
            if (incomeTotal >= 0 && spendingTotal >= 0)
            {
                var printed = new CellRef(table, spending, spendingTotal, spendingColumn);
                if (Compare.Same(run, Code, printed, new CellRef(table, income, incomeTotal, incomeColumn), Phrase.Of("audit_spending_and_income_totals")) is { } f)
                {
                    yield return f;
                }
            }
            else
            {
                run.Missing(Phrase.Of("audit_no_grand_total_rows", ("table", Name(table))));
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

        if (subtotal >= 0 && sources.Count > 0 && Compare.Sum(run, Code, new CellRef(table, income, subtotal, column), sources, Phrase.Of("audit_year_income_and_sources")) is { } f1)
        {
            yield return f1;
        }

        if (grandTotal < 0)
        {
            yield break;
        }

        var parts = subtotal >= 0 ? [new CellRef(table, income, subtotal, column), .. opening] : sources.Concat(opening).ToList();
        if (parts.Count > 0 && Compare.Sum(run, Code, new CellRef(table, income, grandTotal, column), parts, Phrase.Of("audit_income_total_and_parts")) is { } f2)
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

        if (subtotal >= 0 && classes.Count > 0 && Compare.Sum(run, Code, new CellRef(table, spending, subtotal, column), classes, Phrase.Of("audit_year_spending_and_classes")) is { } f1)
        {
            yield return f1;
        }

        if (grandTotal < 0)
        {
            yield break;
        }

        var parts = subtotal >= 0 ? [new CellRef(table, spending, subtotal, column), .. closing] : classes.Concat(closing).ToList();
        if (parts.Count > 0 && Compare.Sum(run, Code, new CellRef(table, spending, grandTotal, column), parts, Phrase.Of("audit_spending_total_and_parts")) is { } f2)
        {
            yield return f2;
        }
    }

    private static string Name(BudgetTable table) => table.Label ?? table.Title;
}
