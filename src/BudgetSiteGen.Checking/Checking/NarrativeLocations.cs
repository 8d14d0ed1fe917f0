using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

public static class NarrativeLocations
{
    public static FindingLocation Of(NarrativeItem item) =>
        new(LocationKind.Narrative, Phrase.Of("audit_narrative_item", ("item", Numbered(item))), NarrativeId: item.Id);

    /// <summary>The item as the report heads it: its number, when it has one, and its title (三、收入预算情况说明).</summary>
    public static string Numbered(NarrativeItem item) => $"{(item.Number is null ? string.Empty : item.Number + "、")}{item.Title}";

    /// <summary>The number of decimal places an amount is printed with ("850.4" has 1).</summary>
    public static int Decimals(string printed) =>
        printed.Contains('.', StringComparison.Ordinal) ? printed.Length - printed.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
}
