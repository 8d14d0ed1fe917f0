using System.Globalization;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// Says when two figures that should be the same differ the way a figure copied by hand goes wrong, so a reader
/// looks for a typing slip before a real inconsistency: two neighbouring digits swapped (1,352.46 for 1,325.46),
/// or one digit wrong (8,640 for 8,540). Both are written to the same decimal places and must be as long; a
/// difference of one in the last digit is left out, because that is what rounding the same figure twice gives.
/// </summary>
public static class TranscriptionSlip
{
    /// <summary>The words that say which slip it may be, or null when the figures do not differ in such a way.</summary>
    public static Phrase? Describe(decimal printed, decimal other, int decimals)
    {
        if (Math.Round(printed, decimals) != printed || Math.Round(other, decimals) != other || printed == other || Math.Sign(printed) != Math.Sign(other))
        {
            return null;
        }

        var a = Digits(printed, decimals);
        var b = Digits(other, decimals);
        if (a.Length != b.Length || a.Length < 3)
        {
            return null;
        }

        var differing = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        var lastPlace = 2 * Tolerance.HalfStep(decimals);
        if (differing.Count == 2 && differing[1] == differing[0] + 1 && a[differing[0]] == b[differing[1]] && a[differing[1]] == b[differing[0]])
        {
            return Phrase.Of("audit_slip_swapped", ("printed", printed), ("other", other), ("digits", $"{a[differing[0]]}{a[differing[1]]}"), ("other_digits", $"{b[differing[0]]}{b[differing[1]]}"));
        }

        if (differing.Count == 1 && Math.Abs(printed - other) != lastPlace)
        {
            return Phrase.Of("audit_slip_one_digit", ("printed", printed), ("other", other), ("digit", a[differing[0]].ToString()), ("other_digit", b[differing[0]].ToString()));
        }

        return null;
    }

    private static string Digits(decimal value, int decimals) =>
        Math.Abs(value).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).Replace(".", string.Empty, StringComparison.Ordinal);
}
