namespace BudgetSiteGen.Checking;

/// <summary>
/// Sums, differences and products of figures that give no answer, rather than an exception, when they leave the
/// range of <see cref="decimal"/>. Loaded figures are bounded (see <c>Model/FigureRange</c>) so that sums cannot
/// leave it, but a product of figures read from a text can, and a model built in code has no bound at all.
/// </summary>
public static class SafeArithmetic
{
    public static decimal? Sum(IEnumerable<decimal> values)
    {
        decimal? sum = 0m;
        foreach (var value in values)
        {
            sum = Add(sum.Value, value);
            if (sum is null)
            {
                return null;
            }
        }

        return sum;
    }

    // decimal arithmetic checks its range itself, exactly; only the exception is unwanted.
    public static decimal? Add(decimal a, decimal b)
    {
        try
        {
            return a + b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static decimal? Difference(decimal a, decimal b) => Add(a, -b);

    public static decimal? Product(params ReadOnlySpan<decimal> factors)
    {
        var product = 1m;
        foreach (var factor in factors)
        {
            try
            {
                product *= factor;
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        return product;
    }
}
