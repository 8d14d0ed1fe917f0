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
                var location = new FindingLocation(LocationKind.Table, Phrase.Of("audit_no_data_table", ("table", table.Label ?? table.Title)), table.Number);
                var message = Phrase.Of("finding_bsg217", ("table", table.Label ?? table.Title), ("because", e.Because), ("amount", e.Amount), ("unit", Phrase.Unit(table.Unit)));
                yield return new Finding(Code, FindingKind.Discrepancy, location, message, e.Amount, null, -e.Amount, unit, e.Where);
            }
        }
    }

    private static (decimal Amount, Phrase Because, IReadOnlyList<FindingLocation> Where)? Evidence(DepartmentYear year, BudgetTable table)
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
                var projects = TableShape.Total(t5, FigureRole.Project) ?? 0m;
                var because = cards > 0
                    ? Phrase.Of("audit_no_data_projects_and_cards", ("table", Label(t5, 5)), ("amount", projects), ("cards", cards))
                    : Phrase.Of("audit_no_data_projects", ("table", Label(t5, 5)), ("amount", projects));
                return (amount, because, [Where(t5)]);
            }

            case TableType.ProjectsCarriedOver when t3 is not null && t5 is not null:
            {
                // Carried-over projects are the project expenditure not paid from this year's funds.
                var all = TableShape.Total(t3, FigureRole.Project) ?? 0m;
                var current = (TableShape.Total(t5, FigureRole.Project) ?? 0m) + (t8 is null ? 0m : TableShape.Total(t8, FigureRole.Project) ?? 0m);
                return (all - current, Phrase.Of("audit_no_data_carried", ("table", Label(t3, 3)), ("all", all), ("current", current)), [Where(t3), Where(t5)]);
            }

            case TableType.GovernmentFundIncome or TableType.GovernmentFundExpenditure when t1 is not null:
                return IncomeRow(t1, FigureRole.GovernmentFund, Phrase.Of("audit_no_data_fund_income"));

            case TableType.StateCapital when t1 is not null:
                return IncomeRow(t1, FigureRole.StateCapital, Phrase.Of("audit_no_data_state_capital_income"));

            case TableType.ThreePublic when year.Table(TableType.BasicExpenditureByEconomicClass) is { } t6:
            {
                var section = t6.Sections[0];
                var total = TableShape.ColumnOf(section, FigureRole.Total);
                var items = section.Rows.Where(r => r.Name is "公务接待费" or "因公出国（境）费用" or "因公出国（境）费" or "公务用车运行维护费" or "公务用车购置")
                    .Select(r => total >= 0 ? r.Values[total] ?? 0m : 0m).Sum();
                return (items, Phrase.Of("audit_no_data_three_public", ("table", Label(t6, 6))), [Where(t6)]);
            }

            default:
                return null;
        }
    }

    private static (decimal, Phrase, IReadOnlyList<FindingLocation>)? IncomeRow(BudgetTable t1, FigureRole role, Phrase because)
    {
        var income = t1.Sections.FirstOrDefault(s => s.Id == SummarySections.Income);
        var row = income?.Rows.FirstOrDefault(r => r.Role == role && r.Level == 1);
        return row?.Values.FirstOrDefault() is { } amount ? (amount, because, [Where(t1)]) : null;
    }

    private static FindingLocation Where(BudgetTable table) => new(LocationKind.Table, CellRef.LabelOrTitle(table), table.Number);

    /// <summary>The table's label, or the number the standard layout gives it.</summary>
    private static Phrase Label(BudgetTable table, int usualNumber) =>
        table.Label is { } label ? Phrase.Data(label) : Phrase.Of("audit_table_number", ("table", usualNumber));
}
