namespace BudgetSiteGen.Model;

/// <summary>
/// The vocabulary of narrative section ids (情况说明). An id says what an explanation is about, so that checks and the
/// disclosure list find it whatever its printed number; a province's own sections use an 'x-' id. Documented in
/// docs/data-format.md.
/// </summary>
public static class NarrativeSections
{
    public const string Overall = "overall";
    public const string Changes = "changes";
    public const string Income = "income";
    public const string Expenditure = "expenditure";
    public const string FiscalAppropriations = "fiscal-appropriations";
    public const string GeneralBudget = "general-budget";
    public const string BasicExpenditure = "basic-expenditure";
    public const string ThreePublic = "three-public";
    public const string GovernmentFund = "government-fund";
    public const string StateCapital = "state-capital";
    public const string OperatingCosts = "operating-costs";
    public const string Procurement = "procurement";
    public const string Performance = "performance";
    public const string Assets = "assets";
    public const string Other = "other";

    /// <summary>Every known id, in the order reports usually print them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Overall, Changes, Income, Expenditure, FiscalAppropriations, GeneralBudget, BasicExpenditure, ThreePublic,
        GovernmentFund, StateCapital, OperatingCosts, Procurement, Performance, Assets, Other,
    ];

    public static bool IsKnown(string id) => All.Contains(id, StringComparer.Ordinal);

    public static bool IsCustom(string id) => id.StartsWith("x-", StringComparison.Ordinal);
}
