using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// A table printed as "本表无数据" while other tables show figures that belong in it: project tables when
/// there is project expenditure, the government-fund or state-capital tables when table 1 shows such
/// income, the 三公 table when table 6 lists 三公 items.
/// </summary>
public sealed class NoDataStructureRule : AuditRule
{
    public override string Code => "BSG217";

    public override string Description => "标为“本表无数据”的表，其他表却有应列入该表的数字";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var table in year.Tables.Where(t => t.NoData))
        {
            var evidence = Evidence(year, table);
            if (evidence is not null)
            {
                run.Compared();
            }

            if (evidence is { } e && e.Amount != 0)
            {
                var unit = table.Unit.Symbol();
                var location = new FindingLocation(LocationKind.Table, $"{table.Label ?? table.Title}（本表无数据）", table.Number);
                var message = $"{table.Label ?? table.Title}标为“本表无数据”，但{e.Because}，应列入本表的数额为 {Compare.Amount(e.Amount)}{unit}。";
                yield return new Finding(Code, FindingKind.Discrepancy, location, message, e.Amount, null, -e.Amount, unit, e.Where);
            }
        }
    }

    private static (decimal Amount, string Because, IReadOnlyList<FindingLocation> Where)? Evidence(DepartmentYear year, BudgetTable table)
    {
        var t1 = year.Table(TableType.BudgetSummary);
        var t3 = year.Table(TableType.ExpenditureSummary);
        var t5 = year.Table(TableType.GeneralBudgetExpenditure);
        var t8 = year.Table(TableType.GovernmentFundExpenditure);
        switch (table.Type)
        {
            case TableType.ProjectsCurrent when t5 is not null:
            {
                // This year's projects are those paid from this year's general budget and government funds.
                var amount = (TableShape.Total(t5, FigureRole.Project) ?? 0m) + (t8 is null ? 0m : TableShape.Total(t8, FigureRole.Project) ?? 0m);
                var cards = year.Performance.Cards.Count;
                var because = $"{t5.Label ?? "表5"}的项目支出为 {Compare.Amount(TableShape.Total(t5, FigureRole.Project) ?? 0m)}" +
                    (cards > 0 ? $"，且公开了 {cards} 个项目的绩效目标表" : string.Empty);
                return (amount, because, [Where(t5)]);
            }

            case TableType.ProjectsCarriedOver when t3 is not null && t5 is not null:
            {
                // Carried-over projects are the project expenditure not paid from this year's funds.
                var all = TableShape.Total(t3, FigureRole.Project) ?? 0m;
                var current = (TableShape.Total(t5, FigureRole.Project) ?? 0m) + (t8 is null ? 0m : TableShape.Total(t8, FigureRole.Project) ?? 0m);
                return (all - current, $"{t3.Label ?? "表3"}的项目支出 {Compare.Amount(all)} 多于本年财政拨款安排的项目支出 {Compare.Amount(current)}", [Where(t3), Where(t5)]);
            }

            case TableType.GovernmentFundIncome or TableType.GovernmentFundExpenditure when t1 is not null:
                return IncomeRow(t1, FigureRole.GovernmentFund, "收支总表列有政府性基金预算收入");

            case TableType.StateCapital when t1 is not null:
                return IncomeRow(t1, FigureRole.StateCapital, "收支总表列有国有资本经营预算收入");

            case TableType.ThreePublic when year.Table(TableType.BasicExpenditureByEconomicClass) is { } t6:
            {
                var section = t6.Sections[0];
                var total = TableShape.ColumnOf(section, FigureRole.Total);
                var items = section.Rows.Where(r => r.Name is "公务接待费" or "因公出国（境）费用" or "因公出国（境）费" or "公务用车运行维护费" or "公务用车购置")
                    .Select(r => total >= 0 ? r.Values[total] ?? 0m : 0m).Sum();
                return (items, $"{t6.Label ?? "表6"}列有“三公”经费科目", [Where(t6)]);
            }

            default:
                return null;
        }
    }

    private static (decimal, string, IReadOnlyList<FindingLocation>)? IncomeRow(BudgetTable t1, FigureRole role, string because)
    {
        var income = t1.Sections.FirstOrDefault(s => s.Id == SummarySections.Income);
        var row = income?.Rows.FirstOrDefault(r => r.Role == role && r.Level == 1);
        return row?.Values.FirstOrDefault() is { } amount ? (amount, because, [Where(t1)]) : null;
    }

    private static FindingLocation Where(BudgetTable table) => new(LocationKind.Table, table.Label ?? table.Title, table.Number);
}
