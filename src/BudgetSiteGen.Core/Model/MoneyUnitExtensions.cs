namespace BudgetSiteGen.Model;

public static class MoneyUnitExtensions
{
    public static string Symbol(this MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => "元",
        MoneyUnit.TenThousandYuan => "万元",
        _ => "亿元",
    };

    /// <summary>How many 元 one of this unit is; used to compare card funds (元) with tables (万元).</summary>
    public static decimal InYuan(this MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => 1m,
        MoneyUnit.TenThousandYuan => 10_000m,
        _ => 100_000_000m,
    };
}
