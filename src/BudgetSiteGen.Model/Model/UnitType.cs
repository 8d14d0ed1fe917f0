namespace BudgetSiteGen.Model;

/// <summary>The type of a budget unit as reports print it.</summary>
public enum UnitType
{
    Administrative,
    Institution,
    CivilServiceManaged,
    Enterprise,
    Other,
}
