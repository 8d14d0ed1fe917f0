namespace BudgetSiteGen.Model;

/// <summary>Which field of a row a label column shows.</summary>
public enum StubField
{
    Code,
    Name,
    Class,
}
