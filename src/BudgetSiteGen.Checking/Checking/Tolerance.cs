namespace BudgetSiteGen.Checking;

/// <summary>
/// Rounding-aware comparison. Each printed figure is rounded to half a unit of its last printed digit,
/// so a sum of n printed figures may differ from its printed total by up to n × that half unit.
/// </summary>
public static class Tolerance
{
    /// <summary>Half of one unit in the last printed place: 0.005 for figures printed to 0.01.</summary>
    public static decimal HalfStep(int decimals) => 0.5m / Pow10(decimals);

    public static FindingKind? Classify(decimal expected, decimal printed, int roundedTerms, int decimals)
    {
        if (SafeArithmetic.Difference(printed, expected) is not { } difference)
        {
            // A difference beyond decimal's range is no rounding.
            return FindingKind.Discrepancy;
        }

        if (difference == 0)
        {
            return null;
        }

        return Math.Abs(difference) <= roundedTerms * HalfStep(decimals) ? FindingKind.Rounding : FindingKind.Discrepancy;
    }

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
