using BudgetSiteGen.Model;

namespace BudgetSiteGen.Disclosure.Items;

/// <summary>国有资产占有使用情况 is published: its section, or the assets the data records (vehicles, floor area, equipment).</summary>
public sealed class StateAssetsItem : IDisclosureItem
{
    public string Id => "assets";

    public DisclosureResult Evaluate(DisclosureSubject subject)
    {
        var notes = new List<DisclosureNote>();
        if (subject.Section(NarrativeSections.Assets) is { } section)
        {
            notes.Add(DisclosureSubject.SectionNote("section", section));
        }

        if (subject.Year.Assets is { } assets)
        {
            notes.Add(assets.AsOf is { } date
                ? DisclosureNote.Of("assets_recorded_as_of", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                : DisclosureNote.Of("assets_recorded"));
        }

        if (notes.Count == 0)
        {
            return new DisclosureResult(Id, DisclosureOutcome.NotMet, [DisclosureNote.Of("assets_not_published")]);
        }

        return new DisclosureResult(Id, DisclosureOutcome.Met, notes);
    }
}
