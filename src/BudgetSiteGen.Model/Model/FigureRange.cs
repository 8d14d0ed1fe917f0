using System.Globalization;

namespace BudgetSiteGen.Model;

/// <summary>
/// How large a figure BudgetSiteGen reads: at most 18 digits before the decimal point (below 10^18 in any
/// unit, a million times any real budget) and 10 after it. Within that range every figure is exact in
/// <see cref="decimal"/>, and sums of millions of figures, even converted from 万元 to 元, stay far inside
/// its range (about 7.9 × 10^28), so the audit's arithmetic cannot overflow. An amount outside the range
/// is an error in the data file; a number in a text outside it is not read as a figure at all.
/// </summary>
public static class FigureRange
{
    public const int MaxIntegerDigits = 18;
    public const int MaxFractionDigits = 10;

    /// <summary>The smallest amount too large to read: 10^18.</summary>
    public const decimal Limit = 1_000_000_000_000_000_000m;

    /// <summary>Whether digits with an optional sign, decimal point and thousands commas fit the range.</summary>
    public static bool Fits(string text)
    {
        var digits = text.TrimStart('-', '+').Replace(",", string.Empty, StringComparison.Ordinal);
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var integer = (point < 0 ? digits : digits[..point]).TrimStart('0');
        var fraction = point < 0 ? string.Empty : digits[(point + 1)..];
        return integer.Length <= MaxIntegerDigits && fraction.Length <= MaxFractionDigits;
    }

    /// <summary>
    /// Reads a figure written in a text ("1,511.39", "27"); false when it is not digits or is outside the range,
    /// so a rule that reads figures from texts simply does not see it.
    /// </summary>
    public static bool TryRead(string text, out decimal value)
    {
        value = 0m;
        return Fits(text) && decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A whole count written in a text ("22个"); false when it does not fit an <see cref="int"/>.</summary>
    public static bool TryReadCount(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
