namespace BudgetSiteGen.Model;

/// <summary>
/// What a table is, whatever its printed number: the tables budgets and final accounts publish in every province
/// (which number each has is a layout's business, see docs/layouts.md), and <see cref="Custom"/> for any other.
/// </summary>
public enum TableType
{
    Custom,
    BudgetSummary,
    IncomeSummary,
    ExpenditureSummary,
    FiscalAppropriationSummary,
    GeneralBudgetExpenditure,
    BasicExpenditureByEconomicClass,
    GovernmentFundIncome,
    GovernmentFundExpenditure,
    StateCapital,
    ThreePublic,
    OperatingCosts,
    ProjectsCurrent,
    ProjectsCarriedOver,
}
