using System.Globalization;

namespace BudgetSiteGen.Formatting;

/// <summary>
/// Formats amounts for people: thousands separators and exactly the decimals the data has, never
/// re-rounded. A blank stays blank, which is different from 0.
/// </summary>
public static class AmountText
{
    public static string Format(decimal value)
    {
        var scale = (decimal.GetBits(value)[3] >> 16) & 0xFF;
        return value.ToString("N" + scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    public static string? Format(decimal? value) => value is { } v ? Format(v) : null;
}
