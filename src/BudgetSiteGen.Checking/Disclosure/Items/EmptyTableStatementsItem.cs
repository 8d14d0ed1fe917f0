namespace BudgetSiteGen.Disclosure.Items;

/// <summary>Every table published empty (no_data) carries a statement saying it is empty, and why where it says so.</summary>
public sealed class EmptyTableStatementsItem : IDisclosureItem
{
    public string Id => "empty-tables";

    public DisclosureResult Evaluate(DisclosureSubject subject)
    {
        var empty = subject.Year.Tables.Where(t => t.NoData).OrderBy(t => t.Number).ToList();
        if (empty.Count == 0)
        {
            return new DisclosureResult(Id, DisclosureOutcome.NotApplicable, [DisclosureNote.Of("no_empty_tables")]);
        }

        var notes = empty.Select(table => string.IsNullOrWhiteSpace(table.Note)
            ? DisclosureSubject.TableNote("empty_table_without_statement", table)
            : new DisclosureNote("empty_table_statement", [table.FullTitle, table.Note!.Trim()]) { Table = table.Number }).ToList();
        var met = empty.All(t => !string.IsNullOrWhiteSpace(t.Note));
        return new DisclosureResult(Id, met ? DisclosureOutcome.Met : DisclosureOutcome.NotMet, notes);
    }
}
