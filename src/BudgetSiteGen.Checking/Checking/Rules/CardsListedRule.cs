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
            run.Missing(Phrase.Data("本报告没有列出本年项目的项目支出表"));
            yield break;
        }

        run.Compared();
        var name = table.Label ?? table.Title;
        var location = new FindingLocation(LocationKind.Table, Phrase.Data(table.NoData ? $"{name}（本表无数据）" : name), table.Number);
        var cardPlaces = cards.Select(c => CardLocations.Card(c, Phrase.Data("项目名称"))).ToList();
        var projects = Projects(table);
        if (projects.Count == 0)
        {
            var printed = table.NoData ? "标为“本表无数据”" : "没有列出任何项目";
            yield return new Finding(Code, FindingKind.Discrepancy, location,
                Phrase.Data($"{name}{printed}，但本报告公开了 {cards.Count} 个项目的绩效目标表（{Names(cards.Select(c => c.Name))}），这些项目应列入本表。"),
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
        var detail = (withoutCard.Count > 0 ? $"；表中没有绩效目标表的项目：{Names(withoutCard)}" : string.Empty)
            + (withoutRow.Count > 0 ? $"；表中没有的绩效目标表：{Names(withoutRow)}" : string.Empty);
        yield return new Finding(Code, FindingKind.Discrepancy, location,
            Phrase.Data($"{name}列出 {projects.Count} 个项目，公开的项目绩效目标表为 {cards.Count} 个{detail}。"),
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

    private static string Names(IEnumerable<string> names)
    {
        var all = names.ToList();
        return string.Join("、", all.Take(5)) + (all.Count > 5 ? $" 等 {all.Count} 个" : string.Empty);
    }
}
