using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// In a final-accounts table that prints balances by row (政府性基金 and 国有资本经营 决算表): 年初结转和结余 +
/// 本年收入 = 本年支出 + 年末结转和结余, code by code. This identity belongs to final accounts; a budget has no
/// opening and closing balances.
/// </summary>
public sealed class FinalBalanceRule : AuditRule
{
    private static readonly IReadOnlySet<ReportKind> FinalAccounts = new HashSet<ReportKind> { ReportKind.FinalAccounts };

    public override string Code => "BSG220";

    protected override IReadOnlySet<ReportKind> Kinds => FinalAccounts;

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg220_nothing");

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var table in year.Tables)
        {
            foreach (var section in table.Sections)
            {
                var opening = TableShape.ColumnOf(section, FigureRole.OpeningBalance);
                var income = TableShape.ColumnOf(section, FigureRole.CurrentIncome);
                var spending = TableShape.ColumnOf(section, FigureRole.CurrentExpenditure);
                var closing = TableShape.ColumnOf(section, FigureRole.ClosingBalance);
                if (opening < 0 || income < 0 || spending < 0 || closing < 0)
                {
                    continue;
                }

                for (var row = 0; row < section.Rows.Count; row++)
                {
                    // opening + income − closing is what was spent; compared with the printed expenditure.
                    var finding = Balance(run, table, section, row, opening, income, spending, closing);
                    if (finding is not null)
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    private Finding? Balance(RuleRun run, BudgetTable table, TableSection section, int row, int opening, int income, int spending, int closing)
    {
        var cells = new[] { opening, income, closing }.Select(c => new CellRef(table, section, row, c)).ToList();
        var printed = new CellRef(table, section, row, spending);
        if (cells.Any(c => c.IsUnreadable) || printed.IsUnreadable)
        {
            run.Missing(Phrase.Of("audit_row_unreadable", ("cell", printed.Describe())));
            return null;
        }

        var expected = (cells[0].Value ?? 0m) + (cells[1].Value ?? 0m) - (cells[2].Value ?? 0m);
        var where = new FindingLocation(LocationKind.TableCell, Phrase.Of("audit_final_balance_place"), table.Number, section.PlaceId, row, opening);
        return Compare.Same(run, Code, printed, cells.All(c => c.Value is null) ? null : expected, where, Phrase.Of("audit_final_balance"), roundedTerms: 3);
    }
}
