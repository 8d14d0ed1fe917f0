using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// A function printed with an amount in one table is printed in the tables that must also hold it: every code of the
/// general-budget and government-fund expenditure tables in the expenditure summary, and every code of the expenditure
/// summary in the income summary (in a budget, expenditure by function is what the income by function pays for).
/// </summary>
public sealed class CodeCoverageRule : AuditRule
{
    public override string Code => "BSG226";

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg226_nothing");

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        var spending = year.Table(TableType.ExpenditureSummary);
        var pairs = new List<(BudgetTable? From, BudgetTable? Into)>
        {
            (year.Table(TableType.GeneralBudgetExpenditure), spending),
            (year.Table(TableType.GovernmentFundExpenditure), spending),
        };
        if (year.Report.Kind == ReportKind.Budget)
        {
            pairs.Add((spending, year.Table(TableType.IncomeSummary)));
        }

        foreach (var (from, into) in pairs)
        {
            if (from is not { NoData: false } || into is not { NoData: false } || !from.CodesPrinted || !into.CodesPrinted)
            {
                continue;
            }

            var present = into.AllRows.Where(r => r.Code is not null).Select(r => r.Code!.Value.Value).ToHashSet(StringComparer.Ordinal);
            if (present.Count == 0)
            {
                continue;
            }

            // A table printed only to 类 (or 款) cannot list a 项: codes are asked for only at the depths it prints.
            var printedDepths = present.Select(c => c.Length).ToHashSet();

            for (var s = 0; s < from.Sections.Count; s++)
            {
                var section = from.Sections[s];
                for (var i = 0; i < section.Rows.Count; i++)
                {
                    var row = section.Rows[i];
                    if (row.Code is not { } code || row.Values.All(v => v is null or 0m) || !printedDepths.Contains(code.Value.Length))
                    {
                        continue;
                    }

                    run.Compared();
                    if (!present.Contains(code.Value))
                    {
                        var location = new FindingLocation(LocationKind.TableCell, Phrase.Of("audit_coded_row", ("table", from.Label ?? from.Title), ("code", code.Value), ("name", row.Name)), from.Number, section.PlaceId, i, 0);
                        yield return new Finding(Code, FindingKind.Discrepancy, location,
                            Phrase.Of("finding_bsg226", ("code", code.Value), ("name", row.Name), ("table", from.Label ?? from.Title), ("other_table", into.Label ?? into.Title)), null, null, null, string.Empty,
                            [new FindingLocation(LocationKind.Table, CellRef.LabelOrTitle(into), into.Number)]);
                    }
                }
            }
        }
    }
}
