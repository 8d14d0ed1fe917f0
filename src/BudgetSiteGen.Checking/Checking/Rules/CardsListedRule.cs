using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// The published project cards against the table that lists this year's projects (项目支出表, the table whose rows
/// BSG211 pairs with the cards): a report that publishes cards cannot print that table empty ("本表无数据", or no
/// project row), and it lists as many projects as it publishes cards — one card per project, as the card
/// disclosure asks. A project is a row at the table's deepest level that is not a total.
/// </summary>
public sealed class CardsListedRule : AuditRule
{
    public override string Code => "BSG228";

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg228_nothing");

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        var cards = year.Performance.Cards;
        if (cards.Count == 0)
        {
            yield break;
        }

        var table = year.Table(TableType.ProjectsCurrent);
        if (table is null)
        {
            run.Missing(Phrase.Of("audit_bsg228_no_table"));
            yield break;
        }

        run.Compared();
        var name = table.Label ?? table.Title;
        var location = new FindingLocation(LocationKind.Table, table.NoData ? Phrase.Of("audit_no_data_table", ("table", name)) : Phrase.Data(name), table.Number);
        var cardPlaces = cards.Select(c => CardLocations.Card(c, Phrase.Of("card_name"))).ToList();
        var projects = Projects(table);
        if (projects.Count == 0)
        {
            var empty = Phrase.Of(table.NoData ? "finding_bsg228_no_data" : "finding_bsg228_no_rows",
                ("table", name), ("cards", cards.Count), ("names", Names(cards.Select(c => c.Name))));
            yield return new Finding(Code, FindingKind.Discrepancy, location, empty,
                cards.Count, 0m, -cards.Count, "个", cardPlaces);
            yield break;
        }

        if (projects.Count == cards.Count)
        {
            yield break;
        }

        var cardNames = cards.Select(c => ProjectNames.Comparable(c.Name)).ToList();
        var rowNames = projects.Select(ProjectNames.Comparable).ToList();
        var withoutCard = projects.Where(p => !cardNames.Contains(ProjectNames.Comparable(p))).ToList();
        var withoutRow = cards.Where(c => !rowNames.Contains(ProjectNames.Comparable(c.Name))).Select(c => c.Name).ToList();
        var message = Phrase.Of("finding_bsg228_count", ("table", name), ("projects", projects.Count), ("cards", cards.Count),
            ("without_card", withoutCard.Count > 0 ? Phrase.Of("finding_bsg228_without_card", ("names", Names(withoutCard))) : Phrase.Data(string.Empty)),
            ("without_row", withoutRow.Count > 0 ? Phrase.Of("finding_bsg228_without_row", ("names", Names(withoutRow))) : Phrase.Data(string.Empty)));
        yield return new Finding(Code, FindingKind.Discrepancy, location, message,
            projects.Count, cards.Count, cards.Count - projects.Count, "个", cardPlaces);
    }

    /// <summary>The names of the rows at the table's deepest level that are not totals: the projects it lists.</summary>
    private static List<string> Projects(BudgetTable table)
    {
        var rows = table.NoData ? [] : table.AllRows.Where(r => !TableShape.IsSummary(r)).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var deepest = rows.Max(r => r.Level);
        return rows.Where(r => r.Level == deepest).Select(r => r.Name).ToList();
    }

    /// <summary>The first five names as printed, and how many there are in all when there are more.</summary>
    private static Phrase Names(IEnumerable<string> names)
    {
        var all = names.ToList();
        var first = Phrase.Join("audit_list_separator", all.Take(5).Select(Phrase.Data));
        return all.Count > 5 ? Phrase.Of("audit_list_more", ("list", first), ("count", all.Count)) : first;
    }
}
