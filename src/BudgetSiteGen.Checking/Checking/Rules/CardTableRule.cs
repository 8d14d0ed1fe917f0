using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// Each card's year funds (元) equal its project's row in table 12 (万元). Cards are matched to rows by
/// project name; where a name appears more than once, rows and cards with equal amounts pair first.
/// </summary>
public sealed class CardTableRule : AuditRule
{
    public override string Code => "BSG211";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        var table = year.Table(TableType.ProjectsCurrent);
        if (table is null || table.NoData || year.Performance.Cards.Count == 0)
        {
            yield break;
        }

        var section = table.Sections[0];
        var total = TableShape.ColumnOf(section, FigureRole.Total);
        if (total < 0)
        {
            yield break;
        }

        var deepest = section.Rows.Count == 0 ? 0 : section.Rows.Max(r => r.Level);
        var rows = Enumerable.Range(0, section.Rows.Count).Where(i => section.Rows[i].Level == deepest && !TableShape.IsSummary(section.Rows[i])).ToList();
        var perYuan = table.Unit.InYuan();
        foreach (var group in year.Performance.Cards.GroupBy(c => ProjectNames.Comparable(c.Name)))
        {
            var cards = group.ToList();
            var candidates = rows.Where(r => ProjectNames.Comparable(section.Rows[r].Name) == group.Key).ToList();
            if (candidates.Count == 0)
            {
                var card = cards[0];
                yield return new Finding(Code, FindingKind.Discrepancy, CardLocations.Funds(card, "year"),
                    Phrase.Of("finding_bsg211_no_row", ("card", card.Name), ("table", table.Label is { } label ? Phrase.Data(label) : Phrase.Of("audit_projects_table"))),
                    null, card.YearFunds.Total, null, "元", [new FindingLocation(LocationKind.Table, CellRef.LabelOrTitle(table), table.Number)]);
                continue;
            }

            foreach (var (card, row) in Pair(cards, candidates, section, total, perYuan))
            {
                var cell = new CellRef(table, section, row, total);
                var inTableUnit = (card.YearFunds.Total ?? 0m) / perYuan;
                if (Compare.Same(run, Code, cell, inTableUnit, CardLocations.Funds(card, "year"), Phrase.Of("audit_projects_table_and_card")) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }

    /// <summary>Pairs same-named cards and rows, equal amounts first, the rest in printed order.</summary>
    private static IEnumerable<(PerformanceCard, int)> Pair(List<PerformanceCard> cards, List<int> rows, TableSection section, int column, decimal perYuan)
    {
        var freeRows = new List<int>(rows);
        var freeCards = new List<PerformanceCard>();
        foreach (var card in cards)
        {
            var exact = freeRows.FindIndex(r => InYuan(section.Rows[r].Values[column], perYuan) == card.YearFunds.Total);
            if (exact >= 0)
            {
                yield return (card, freeRows[exact]);
                freeRows.RemoveAt(exact);
            }
            else
            {
                freeCards.Add(card);
            }
        }

        for (var i = 0; i < freeCards.Count && i < freeRows.Count; i++)
        {
            yield return (freeCards[i], freeRows[i]);
        }
    }

    /// <summary>A table amount in 元; a blank stays blank, and so does an amount beyond decimal's range.</summary>
    private static decimal? InYuan(decimal? value, decimal perYuan) => value is { } v ? SafeArithmetic.Product(v, perYuan) : null;
}
