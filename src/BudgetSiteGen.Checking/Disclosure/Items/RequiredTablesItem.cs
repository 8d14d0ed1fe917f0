using System.Globalization;
using BudgetSiteGen.Model;
using BudgetSiteGen.Model.Layouts;

namespace BudgetSiteGen.Disclosure.Items;

/// <summary>
/// Every table the report's layout marks required is published: present, and when empty, with a statement saying so. A
/// layout is what says which tables a report of its province and kind prints, so a report that names none is unknown.
/// </summary>
public sealed class RequiredTablesItem : IDisclosureItem
{
    public string Id => "required-tables";

    public DisclosureResult Evaluate(DisclosureSubject subject)
    {
        if (subject.Layout is not { } layout)
        {
            return new DisclosureResult(Id, DisclosureOutcome.Unknown, [DisclosureNote.Of("no_layout")]);
        }

        var required = layout.Tables.Where(t => t.Required).ToList();
        var notes = new List<DisclosureNote>();
        var published = 0;
        foreach (var expected in required)
        {
            var table = Find(subject.Year, expected);
            if (table is null)
            {
                notes.Add(DisclosureNote.Of("table_missing", Number(expected.Number), expected.Title));
            }
            else if (table.NoData && string.IsNullOrWhiteSpace(table.Note))
            {
                notes.Add(DisclosureSubject.TableNote("table_empty_without_statement", table));
            }
            else
            {
                published++;
            }
        }

        notes.Insert(0, DisclosureNote.Of("tables_published", Number(published), Number(required.Count), layout.Name));
        return new DisclosureResult(Id, published == required.Count ? DisclosureOutcome.Met : DisclosureOutcome.NotMet, notes);
    }

    /// <summary>A known type is found whatever its printed number; a province's own (custom) table by its number.</summary>
    private static BudgetTable? Find(DepartmentYear year, LayoutTable expected) =>
        expected.Type == TableType.Custom
            ? year.Tables.FirstOrDefault(t => t.Number == expected.Number)
            : year.Tables.FirstOrDefault(t => t.Type == expected.Type);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
