using BudgetSiteGen.Model;

namespace BudgetSiteGen.Disclosure.Items;

/// <summary>
/// 政府采购 is explained, with its amounts for goods, works and services (货物、工程、服务), or a statement that the
/// department has none.
/// </summary>
public sealed class ProcurementItem : IDisclosureItem
{
    private static readonly string[] Categories = ["货物", "工程", "服务"];

    public string Id => "procurement";

    public DisclosureResult Evaluate(DisclosureSubject subject)
    {
        if (subject.Section(NarrativeSections.Procurement) is not { } section)
        {
            return new DisclosureResult(Id, DisclosureOutcome.NotMet, [DisclosureNote.Of("procurement_not_explained")]);
        }

        var notes = new List<DisclosureNote> { DisclosureSubject.SectionNote("section", section) };
        if (NarrativeWording.StatesNone(section.Body, "政府采购"))
        {
            notes.Add(DisclosureNote.Of("states_none"));
            return new DisclosureResult(Id, DisclosureOutcome.Met, notes);
        }

        if (Categories.All(c => section.Body.Contains(c, StringComparison.Ordinal)))
        {
            notes.Add(DisclosureNote.Of("procurement_by_category"));
            return new DisclosureResult(Id, DisclosureOutcome.Met, notes);
        }

        notes.Add(DisclosureNote.Of("procurement_without_categories"));
        return new DisclosureResult(Id, DisclosureOutcome.NotMet, notes);
    }
}
