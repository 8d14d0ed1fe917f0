namespace BudgetSiteGen.Model;

/// <summary>
/// Which roles belong together, so that identities hold whatever a province calls its rows and columns: the sources
/// income is split into, the uses expenditure is split into, what opens and closes a year, and the columns that carry
/// a table's main figures.
/// </summary>
public static class RoleGroups
{
    /// <summary>The sources of income that add up to a total (财政拨款 counts as one; its three budgets are its parts).</summary>
    public static readonly IReadOnlySet<FigureRole> IncomeSources = new HashSet<FigureRole>
    {
        FigureRole.FiscalAppropriation, FigureRole.GeneralPublicBudget, FigureRole.GovernmentFund, FigureRole.StateCapital,
        FigureRole.SocialInsuranceFund, FigureRole.SpecialAccount, FigureRole.UnitFunds, FigureRole.OtherFunds,
        FigureRole.SuperiorSubsidy, FigureRole.BusinessIncome, FigureRole.OperatingIncome, FigureRole.AffiliatedRemittance,
        FigureRole.OtherIncome,
    };

    /// <summary>The three budgets a fiscal appropriation (财政拨款) is made of.</summary>
    public static readonly IReadOnlySet<FigureRole> FiscalParts = new HashSet<FigureRole>
    {
        FigureRole.GeneralPublicBudget, FigureRole.GovernmentFund, FigureRole.StateCapital,
    };

    /// <summary>The uses that add up to total expenditure (基本支出, 项目支出, and in final accounts 上缴上级, 经营支出, 对附属单位补助).</summary>
    public static readonly IReadOnlySet<FigureRole> ExpenditureUses = new HashSet<FigureRole>
    {
        FigureRole.Basic, FigureRole.Project, FigureRole.RemittanceToSuperior, FigureRole.OperatingExpenditure, FigureRole.SubsidyToAffiliates,
    };

    /// <summary>What is added to the year's income to make the grand total: carry-over and opening balances.</summary>
    public static readonly IReadOnlySet<FigureRole> Opening = new HashSet<FigureRole>
    {
        FigureRole.CarryOver, FigureRole.OpeningBalance, FigureRole.UseOfBalances,
    };

    /// <summary>What is added to the year's expenditure to make the grand total: year-end carry-over and closing balances.</summary>
    public static readonly IReadOnlySet<FigureRole> Closing = new HashSet<FigureRole>
    {
        FigureRole.YearEndCarryOver, FigureRole.ClosingBalance, FigureRole.BalanceDistribution,
    };

    /// <summary>Columns that carry a table's main figure, in the order a summary is read by: a total, then the measure.</summary>
    public static readonly IReadOnlyList<FigureRole> MainMeasures =
    [
        FigureRole.Total, FigureRole.Amount, FigureRole.Actual, FigureRole.Budget, FigureRole.FullYearBudget,
        FigureRole.Adjusted, FigureRole.InitialBudget, FigureRole.CurrentYear,
    ];

    /// <summary>The measures that are a budget figure, as against the actual (决算数).</summary>
    public static readonly IReadOnlySet<FigureRole> BudgetMeasures = new HashSet<FigureRole>
    {
        FigureRole.Budget, FigureRole.InitialBudget, FigureRole.Adjusted, FigureRole.FullYearBudget,
    };

    public static bool IsSummaryRow(FigureRole role) =>
        role is FigureRole.Total or FigureRole.Subtotal or FigureRole.GrandTotal || Opening.Contains(role) || Closing.Contains(role);
}
