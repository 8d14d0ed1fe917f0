namespace BudgetSiteGen.Model;

/// <summary>
/// What a column or row of figures means, so that checks, charts and comparisons know a number's
/// meaning and not just its place. <see cref="Custom"/> is an 'x-' role this version does not know.
/// The roles from <see cref="ThreePublic"/> on are items: things a figure is of, given as a row's role
/// or a column's item (the 三公 tables print them as rows in one province and as columns in another).
/// </summary>
public enum FigureRole
{
    None,
    Custom,

    // Totals and summary rows.
    Total,
    Subtotal,
    GrandTotal,
    Amount,

    // Measures: budget and final-accounts figures of the same thing.
    CurrentYear,
    CarryOver,
    YearEndCarryOver,
    PreviousYear,
    Change,
    Budget,
    InitialBudget,
    Adjusted,
    FullYearBudget,
    Actual,
    ExecutionRate,

    // Final-accounts balances and flows.
    OpeningBalance,
    CurrentIncome,
    CurrentExpenditure,
    UseOfBalances,
    BalanceDistribution,
    ClosingBalance,

    // Sources of funds.
    FiscalAppropriation,
    GeneralPublicBudget,
    GovernmentFund,
    StateCapital,
    SocialInsuranceFund,
    SpecialAccount,
    UnitFunds,
    OtherFunds,
    SuperiorSubsidy,
    BusinessIncome,
    OperatingIncome,
    AffiliatedRemittance,
    OtherIncome,

    // Uses of funds.
    Basic,
    Project,
    Personnel,
    Public,
    RemittanceToSuperior,
    OperatingExpenditure,
    SubsidyToAffiliates,

    // Items.
    ThreePublic,
    OutboundTravel,
    OfficialVehicles,
    VehiclePurchase,
    VehicleOperation,
    OfficialReception,
    OperatingCosts,
}
