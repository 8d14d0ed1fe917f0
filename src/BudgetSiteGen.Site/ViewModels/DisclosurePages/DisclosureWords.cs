using BudgetSiteGen.Disclosure;

namespace BudgetSiteGen.ViewModels.DisclosurePages;

/// <summary>The theme's words for checklist items and their notes, shared by the pages and the CSV.</summary>
public static class DisclosureWords
{
    public static string Name(UiText text, string item) => text.Get("disclosure_item_" + KeyOf(item));

    public static string Rule(UiText text, string item) => text.Get("disclosure_rule_" + KeyOf(item));

    public static string Source(UiText text, string item) => text.Get("disclosure_source_" + KeyOf(item));

    /// <summary>Item ids are written with hyphens (they are anchors, like narrative ids); string keys with underscores.</summary>
    private static string KeyOf(string item) => item.Replace('-', '_');

    public static string Note(UiText text, DisclosureNote note) =>
        text.Format("disclosure_note_" + note.Key, [.. note.Values, .. note.Units.Select(text.UnitSuffix)]);

    /// <summary>"符合 7 项，不符合 1 项 …": how many items had each outcome.</summary>
    public static string Summary(UiText text, IEnumerable<DisclosureOutcome> outcomes)
    {
        var list = outcomes.ToList();
        string Count(DisclosureOutcome outcome) => list.Count(o => o == outcome).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return text.Format("disclosure_summary", Count(DisclosureOutcome.Met), Count(DisclosureOutcome.NotMet), Count(DisclosureOutcome.Unknown),
            Count(DisclosureOutcome.NotApplicable));
    }
}
