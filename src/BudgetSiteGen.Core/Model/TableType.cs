namespace BudgetSiteGen.Model;

/// <summary>The thirteen tables of Shanxi's standard layout, and <see cref="Custom"/> for any other.</summary>
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
