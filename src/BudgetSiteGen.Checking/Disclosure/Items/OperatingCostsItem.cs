using BudgetSiteGen.Model;

namespace BudgetSiteGen.Disclosure.Items;

/// <summary>
/// 机关运行经费 is explained in a section of its own. Its figures may also be printed (a table of their own in Shanxi,
/// columns of the 三公 table in Shanghai), which is cited as evidence; figures without an explanation do not meet it.
/// </summary>
public sealed class OperatingCostsItem : IDisclosureItem
{
    public string Id => "operating-costs";

    public DisclosureResult Evaluate(DisclosureSubject subject)
    {
        var notes = new List<DisclosureNote>();
        var section = subject.Section(NarrativeSections.OperatingCosts);
        if (section is not null)
        {
            notes.Add(DisclosureSubject.SectionNote("section", section));
        }

        foreach (var table in subject.Year.Tables.Where(PrintsOperatingCosts).OrderBy(t => t.Number))
        {
            notes.Add(DisclosureSubject.TableNote(table.NoData ? "table_empty" : "table", table));
        }

        if (section is null)
        {
            notes.Add(DisclosureNote.Of("operating_costs_not_explained"));
            return new DisclosureResult(Id, DisclosureOutcome.NotMet, notes);
        }

        return new DisclosureResult(Id, DisclosureOutcome.Met, notes);
    }

    private static bool PrintsOperatingCosts(BudgetTable table) =>
        table.Type == TableType.OperatingCosts
        || table.Sections.Any(s => s.Columns.Any(c => c.Item == FigureRole.OperatingCosts) || s.Rows.Any(r => r.Role == FigureRole.OperatingCosts));
}
