namespace BudgetSiteGen.Model;

/// <summary>The units amounts are printed in. Every amount keeps its unit until a page converts it exactly.</summary>
public enum MoneyUnit
{
    Yuan,
    ThousandYuan,
    TenThousandYuan,
    HundredMillionYuan,
}
