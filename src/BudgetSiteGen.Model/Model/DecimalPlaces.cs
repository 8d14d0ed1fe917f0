namespace BudgetSiteGen.Model;

/// <summary>The decimal places a decimal carries, which for a printed amount are the places it was printed with.</summary>
public static class DecimalPlaces
{
    public static int Of(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    /// <summary>Drops trailing zeros, but never below <paramref name="places"/> places (4614.000000 to 2 places is 4614.00).</summary>
    public static decimal TrimTo(decimal value, int places)
    {
        var normal = value / 1.0000000000000000000000000000m;
        return Of(normal) >= places ? normal : normal + new decimal(0, 0, 0, false, (byte)places);
    }
}
