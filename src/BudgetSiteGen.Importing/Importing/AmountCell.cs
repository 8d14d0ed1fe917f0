using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetSiteGen.Importing;

/// <summary>
/// Reads a figure exactly. A workbook stores numbers as binary doubles, which hold no decimals; the figure a reader sees
/// is the double shown at its number format's decimals. The shortest text that round-trips the double is the decimal
/// that was typed or exported; a double that needs more decimals than the format shows (0.30000000000000004, a sum
/// computed in the sheet) is not the figure printed, and is refused rather than rounded. Numbers stored as text are
/// read as text, with thousands separators.
/// </summary>
public static partial class AmountCell
{
    /// <summary>Above this a double no longer holds every cent exactly.</summary>
    private const double LargestExact = 1e15;

    public static AmountReading Read(GridCell cell) => cell.Value switch
    {
        double number => FromDouble(number, NumberFormatDecimals.Of(cell.NumberFormat)),
        int number => new AmountReading(number, 0, null),
        string text => FromText(text),
        _ => new AmountReading(null, 0, $"the cell holds {cell.Value} ({cell.Value.GetType().Name}), not a figure"),
    };

    private static AmountReading FromDouble(double number, int? shown)
    {
        if (!double.IsFinite(number) || Math.Abs(number) >= LargestExact)
        {
            return new AmountReading(null, 0, $"the cell holds {number.ToString("R", CultureInfo.InvariantCulture)}, too large to be a printed figure exactly");
        }

        var stored = decimal.Parse(number.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        var places = Places(stored);
        if (shown is { } decimals)
        {
            if (places > decimals)
            {
                var printed = decimal.Round(stored, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                return new AmountReading(null, 0, $"the cell shows {printed} but holds {stored.ToString(CultureInfo.InvariantCulture)}; the figure printed is not the figure stored");
            }

            // Written with the decimals printed, so 17 shown as 17.00 stays 17.00 in the data file.
            var printedValue = decimal.Round(stored, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            return new AmountReading(decimal.Parse(printedValue, NumberStyles.Number, CultureInfo.InvariantCulture), decimals, null);
        }

        return new AmountReading(stored, places, null);
    }

    private static AmountReading FromText(string text)
    {
        var trimmed = text.Trim().Replace('\u00A0', ' ').Trim();
        if (!TextNumber().IsMatch(trimmed))
        {
            return new AmountReading(null, 0, $"the cell holds the text '{trimmed}', not a figure");
        }

        var value = decimal.Parse(trimmed.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
        var point = trimmed.IndexOf('.', StringComparison.Ordinal);
        return new AmountReading(value, point < 0 ? 0 : trimmed.Length - point - 1, null);
    }

    private static int Places(decimal value)
    {
        var normal = value / 1.000000000000000000000000000000000m;
        return (decimal.GetBits(normal)[3] >> 16) & 0xFF;
    }

    [GeneratedRegex(@"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")]
    private static partial Regex TextNumber();
}
