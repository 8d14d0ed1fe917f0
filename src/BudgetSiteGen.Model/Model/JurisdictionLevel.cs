namespace BudgetSiteGen.Model;

public enum JurisdictionLevel
{
    National,
    Province,
    City,
    County,
    Township,
}
