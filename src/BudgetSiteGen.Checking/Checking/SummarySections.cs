namespace BudgetSiteGen.Checking;

/// <summary>The section ids a summary table (收支总表 and its kin) gives its income and expenditure sides.</summary>
public static class SummarySections
{
    public const string Income = "income";
    public const string Expenditure = "expenditure";
}
