namespace BudgetSiteGen.Model;

public enum MoneyUnit
{
    Yuan,
    TenThousandYuan,
    HundredMillionYuan,
}
