namespace BudgetSiteGen.Model;

/// <summary>
/// An amount of money with the unit it is printed in. Two amounts meet only through <see cref="In"/>, so a figure
/// in 元 is never added to, compared with or shown beside one in 万元 as if they were the same number.
/// </summary>
public readonly record struct Money(decimal Amount, MoneyUnit Unit)
{
    /// <summary>
    /// The same amount in <paramref name="unit"/>, exactly: units differ by powers of ten, so the conversion only moves
    /// the decimal point (91,016,775.35 元 is 9,101.677535 万元). It keeps at least the decimals the amount was printed
    /// with and drops the zeros the move adds beyond them (46,140,000.00 元 is 4,614.00 万元, not 4,614.000000).
    /// </summary>
    public Money In(MoneyUnit unit)
    {
        if (unit == Unit)
        {
            return this;
        }

        var shift = Unit.Exponent() - unit.Exponent();
        var moved = shift > 0 ? Amount * Pow10(shift) : Amount * new decimal(1, 0, 0, false, (byte)-shift);
        return new Money(DecimalPlaces.TrimTo(moved, DecimalPlaces.Of(Amount)), unit);
    }

    /// <summary>The sum in the unit of the left amount; the right one is converted exactly first.</summary>
    public static Money operator +(Money left, Money right) => new(left.Amount + right.In(left.Unit).Amount, left.Unit);

    public static Money operator -(Money left, Money right) => new(left.Amount - right.In(left.Unit).Amount, left.Unit);

    /// <summary>How many times <paramref name="whole"/> this amount is, both in the same unit first.</summary>
    public decimal ShareOf(Money whole) => Amount / whole.In(Unit).Amount;

    /// <summary>The sum of <paramref name="amounts"/> in <paramref name="unit"/>; null when there are none.</summary>
    public static Money? Sum(IEnumerable<Money> amounts, MoneyUnit unit)
    {
        Money? total = null;
        foreach (var amount in amounts)
        {
            total = total is { } sum ? sum + amount : amount.In(unit);
        }

        return total;
    }

    public override string ToString() => $"{Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}{Unit.Symbol()}";

    private static decimal Pow10(int power)
    {
        var result = 1m;
        for (var i = 0; i < power; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
