namespace BudgetSiteGen.Model;

/// <summary>
/// What a column or row of figures means, so that checks, charts and comparisons know a number's
/// meaning and not just its place. <see cref="Custom"/> is an 'x-' role this version does not know.
/// </summary>
public enum FigureRole
{
    None,
    Custom,
    Total,
    Subtotal,
    GrandTotal,
    Amount,
    CurrentYear,
    CarryOver,
    YearEndCarryOver,
    FiscalAppropriation,
    GeneralPublicBudget,
    GovernmentFund,
    StateCapital,
    SocialInsuranceFund,
    SpecialAccount,
    UnitFunds,
    OtherFunds,
    Basic,
    Project,
    Personnel,
    Public,
    PreviousYear,
    Change,
    Adjusted,
    Actual,
}
