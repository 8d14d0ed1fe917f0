namespace BudgetSiteGen.Model;

public static class MoneyUnitExtensions
{
    public static string Symbol(this MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => "元",
        MoneyUnit.ThousandYuan => "千元",
        MoneyUnit.TenThousandYuan => "万元",
        _ => "亿元",
    };

    /// <summary>How many 元 one of this unit is.</summary>
    public static decimal InYuan(this MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => 1m,
        MoneyUnit.ThousandYuan => 1_000m,
        MoneyUnit.TenThousandYuan => 10_000m,
        _ => 100_000_000m,
    };

    /// <summary>
    /// An amount in <paramref name="from"/> expressed in <paramref name="to"/>. Both factors are powers of ten, so the
    /// decimal result is exact: 91016775.35 元 is 9101.677535 万元, never a rounded 9101.68.
    /// </summary>
    public static decimal Convert(this MoneyUnit from, decimal amount, MoneyUnit to) =>
        from == to ? amount : amount * from.InYuan() / to.InYuan();

    /// <summary>Decimal places an amount printed to <paramref name="decimals"/> in <paramref name="from"/> needs in <paramref name="to"/>.</summary>
    public static int DecimalsIn(this MoneyUnit from, int decimals, MoneyUnit to) =>
        Math.Max(0, decimals + to.Exponent() - from.Exponent());

    /// <summary>The power of ten of one unit in 元.</summary>
    public static int Exponent(this MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => 0,
        MoneyUnit.ThousandYuan => 3,
        MoneyUnit.TenThousandYuan => 4,
        _ => 8,
    };
}
