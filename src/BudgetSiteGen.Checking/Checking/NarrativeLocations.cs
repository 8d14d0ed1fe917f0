using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

public static class NarrativeLocations
{
    public static FindingLocation Of(NarrativeItem item) =>
        new(LocationKind.Narrative, $"情况说明 {(item.Number is null ? string.Empty : item.Number + "、")}{item.Title}", NarrativeId: item.Id);

    /// <summary>The number of decimal places an amount is printed with ("850.4" has 1).</summary>
    public static int Decimals(string printed) =>
        printed.Contains('.', StringComparison.Ordinal) ? printed.Length - printed.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
}
