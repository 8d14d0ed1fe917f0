using System.Globalization;
using AngleSharp.Dom;

namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// How the pages must print an amount: the model's decimal exactly, digits and scale (42.00 stays
/// "42.00"), with only thousands separators added. A typographic minus is the same sign.
/// </summary>
public static class AmountText
{
    /// <summary>
    /// The value a cell shows: all its text except the numbered 数据核对 markers (a.marker), which are
    /// links beside the figure to a finding about it, not part of the figure.
    /// </summary>
    public static string Of(IElement cell)
    {
        var copy = (IElement)cell.Clone(deep: true);
        foreach (var marker in copy.QuerySelectorAll("a.marker").ToList())
        {
            marker.Remove();
        }

        return copy.TextContent;
    }

    public static string Expected(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Normalise(string cellText) =>
        new string(cellText.Where(c => c != ',' && !char.IsWhiteSpace(c)).ToArray()).Replace('\u2212', '-');

    public static bool HasDigit(string text) => text.Any(char.IsDigit);
}
