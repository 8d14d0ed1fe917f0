using BudgetSiteGen.Model;

namespace BudgetSiteGen.Disclosure.Items;

/// <summary>
/// The 三公 costs are explained: a section that compares them with last year (or, in final accounts, with the budget)
/// and, where they moved, says why. A section that only says there are none compares nothing and does not meet it.
/// </summary>
public sealed class ThreePublicItem : IDisclosureItem
{
    public string Id => "three-public";

    public DisclosureResult Evaluate(DisclosureSubject subject)
    {
        var notes = new List<DisclosureNote>();
        if (subject.Year.Table(TableType.ThreePublic) is { } table)
        {
            notes.Add(DisclosureSubject.TableNote(table.NoData ? "table_empty" : "table", table));
        }

        if (subject.Section(NarrativeSections.ThreePublic) is not { } section)
        {
            notes.Add(DisclosureNote.Of("three_public_not_explained"));
            return new DisclosureResult(Id, DisclosureOutcome.NotMet, notes);
        }

        notes.Insert(0, DisclosureSubject.SectionNote("section", section));
        if (!NarrativeWording.StatesComparison(section.Body))
        {
            notes.Add(DisclosureNote.Of("no_comparison"));
            return new DisclosureResult(Id, DisclosureOutcome.NotMet, notes);
        }

        if (NarrativeWording.StatesMovement(section.Body) && !NarrativeWording.GivesReason(section.Body))
        {
            notes.Add(DisclosureNote.Of("no_reason"));
            return new DisclosureResult(Id, DisclosureOutcome.NotMet, notes);
        }

        notes.Add(DisclosureNote.Of(NarrativeWording.StatesMovement(section.Body) ? "change_with_reason" : "no_change_stated"));
        return new DisclosureResult(Id, DisclosureOutcome.Met, notes);
    }
}
