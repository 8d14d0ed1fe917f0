using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// The summary tables (表1 收支总表, 表4 财政拨款收支总表) balance: income total = expenditure total;
/// this year's income + carry-over = income total; the income items add up to this year's income;
/// the expenditure classes add up to this year's expenditure, which with the year-end carry-over makes the total.
/// </summary>
public sealed class SummaryBalanceRule : AuditRule
{
    public override string Code => "BSG207";

    public override string Description => "收支总表平衡：收入总计 = 支出总计；本年收入 + 上年结转 = 收入总计；各项之和等于本年合计";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var table in year.Tables.Where(t => t.Type is TableType.BudgetSummary or TableType.FiscalAppropriationSummary))
        {
            var income = table.Sections.FirstOrDefault(s => s.Id == "income");
            var spending = table.Sections.FirstOrDefault(s => s.Id == "expenditure");
            if (income is null || spending is null || income.Columns.Count == 0 || spending.Columns.Count == 0)
            {
                continue;
            }

            var incomeTotal = TableShape.RowOf(income, FigureRole.GrandTotal);
            var incomeYear = TableShape.RowOf(income, FigureRole.Subtotal);
            var incomeCarry = TableShape.RowOf(income, FigureRole.CarryOver);
            var spendingTotal = TableShape.RowOf(spending, FigureRole.GrandTotal);
            var spendingYear = TableShape.RowOf(spending, FigureRole.Subtotal);
            var yearEnd = TableShape.RowOf(spending, FigureRole.YearEndCarryOver);

            if (incomeTotal >= 0 && spendingTotal >= 0)
            {
                var printed = new CellRef(table, spending, spendingTotal, 0);
                var other = new CellRef(table, income, incomeTotal, 0);
                if (Compare.Same(run, Code, printed, other.Value, other.Location, "支出总计与收入总计") is { } f)
                {
                    yield return f;
                }
            }

            if (incomeTotal >= 0 && incomeYear >= 0 && incomeCarry >= 0)
            {
                var parts = new[] { new CellRef(table, income, incomeYear, 0), new CellRef(table, income, incomeCarry, 0) };
                if (Compare.Sum(run, Code, new CellRef(table, income, incomeTotal, 0), parts, "收入总计与本年收入、上年结转之和") is { } f)
                {
                    yield return f;
                }
            }

            if (incomeYear >= 0)
            {
                var items = Enumerable.Range(0, income.Rows.Count)
                    .Where(i => TableShape.IsFundSource(income.Rows[i].Role) && income.Rows[i].Level == 1 && i < incomeYear)
                    .Select(i => new CellRef(table, income, i, 0))
                    .ToList();
                if (items.Count > 0 && Compare.Sum(run, Code, new CellRef(table, income, incomeYear, 0), items, "本年收入合计与各项收入之和") is { } f)
                {
                    yield return f;
                }
            }

            for (var column = 0; column < spending.Columns.Count; column++)
            {
                if (spendingYear >= 0)
                {
                    var classes = Enumerable.Range(0, spending.Rows.Count)
                        .Where(i => spending.Rows[i].Code is not null)
                        .Select(i => new CellRef(table, spending, i, column))
                        .ToList();
                    if (classes.Count > 0 && Compare.Sum(run, Code, new CellRef(table, spending, spendingYear, column), classes, "本年支出合计与各类支出之和") is { } f)
                    {
                        yield return f;
                    }
                }

                if (spendingTotal >= 0 && spendingYear >= 0 && yearEnd >= 0)
                {
                    var parts = new[] { new CellRef(table, spending, spendingYear, column), new CellRef(table, spending, yearEnd, column) };
                    if (Compare.Sum(run, Code, new CellRef(table, spending, spendingTotal, column), parts, "支出总计与本年支出、年终结转之和") is { } f)
                    {
                        yield return f;
                    }
                }
            }
        }
    }
}
