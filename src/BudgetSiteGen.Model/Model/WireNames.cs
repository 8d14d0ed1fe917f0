namespace BudgetSiteGen.Model;

/// <summary>
/// The names the data format uses for enumerations, in one place so that the loader, the docs test
/// and the JSON Schema test agree.
/// </summary>
public static class WireNames
{
    public static readonly IReadOnlyDictionary<string, TableType> TableTypes = new Dictionary<string, TableType>(StringComparer.Ordinal)
    {
        ["budget_summary"] = TableType.BudgetSummary,
        ["income_summary"] = TableType.IncomeSummary,
        ["expenditure_summary"] = TableType.ExpenditureSummary,
        ["fiscal_appropriation_summary"] = TableType.FiscalAppropriationSummary,
        ["general_budget_expenditure"] = TableType.GeneralBudgetExpenditure,
        ["basic_expenditure_by_economic_class"] = TableType.BasicExpenditureByEconomicClass,
        ["government_fund_income"] = TableType.GovernmentFundIncome,
        ["government_fund_expenditure"] = TableType.GovernmentFundExpenditure,
        ["state_capital"] = TableType.StateCapital,
        ["three_public"] = TableType.ThreePublic,
        ["operating_costs"] = TableType.OperatingCosts,
        ["projects_current"] = TableType.ProjectsCurrent,
        ["projects_carried_over"] = TableType.ProjectsCarriedOver,
    };

    public static readonly IReadOnlyDictionary<string, FigureRole> Roles = new Dictionary<string, FigureRole>(StringComparer.Ordinal)
    {
        ["total"] = FigureRole.Total,
        ["subtotal"] = FigureRole.Subtotal,
        ["grand_total"] = FigureRole.GrandTotal,
        ["amount"] = FigureRole.Amount,
        ["current_year"] = FigureRole.CurrentYear,
        ["carry_over"] = FigureRole.CarryOver,
        ["year_end_carry_over"] = FigureRole.YearEndCarryOver,
        ["previous_year"] = FigureRole.PreviousYear,
        ["change"] = FigureRole.Change,
        ["budget"] = FigureRole.Budget,
        ["initial_budget"] = FigureRole.InitialBudget,
        ["adjusted"] = FigureRole.Adjusted,
        ["full_year_budget"] = FigureRole.FullYearBudget,
        ["actual"] = FigureRole.Actual,
        ["execution_rate"] = FigureRole.ExecutionRate,
        ["opening_balance"] = FigureRole.OpeningBalance,
        ["current_income"] = FigureRole.CurrentIncome,
        ["current_expenditure"] = FigureRole.CurrentExpenditure,
        ["use_of_balances"] = FigureRole.UseOfBalances,
        ["balance_distribution"] = FigureRole.BalanceDistribution,
        ["closing_balance"] = FigureRole.ClosingBalance,
        ["fiscal_appropriation"] = FigureRole.FiscalAppropriation,
        ["general_public_budget"] = FigureRole.GeneralPublicBudget,
        ["government_fund"] = FigureRole.GovernmentFund,
        ["state_capital"] = FigureRole.StateCapital,
        ["social_insurance_fund"] = FigureRole.SocialInsuranceFund,
        ["special_account"] = FigureRole.SpecialAccount,
        ["unit_funds"] = FigureRole.UnitFunds,
        ["other_funds"] = FigureRole.OtherFunds,
        ["superior_subsidy"] = FigureRole.SuperiorSubsidy,
        ["business_income"] = FigureRole.BusinessIncome,
        ["operating_income"] = FigureRole.OperatingIncome,
        ["affiliated_remittance"] = FigureRole.AffiliatedRemittance,
        ["other_income"] = FigureRole.OtherIncome,
        ["basic"] = FigureRole.Basic,
        ["project"] = FigureRole.Project,
        ["personnel"] = FigureRole.Personnel,
        ["public"] = FigureRole.Public,
        ["remittance_to_superior"] = FigureRole.RemittanceToSuperior,
        ["operating_expenditure"] = FigureRole.OperatingExpenditure,
        ["subsidy_to_affiliates"] = FigureRole.SubsidyToAffiliates,
        ["three_public"] = FigureRole.ThreePublic,
        ["outbound_travel"] = FigureRole.OutboundTravel,
        ["official_vehicles"] = FigureRole.OfficialVehicles,
        ["vehicle_purchase"] = FigureRole.VehiclePurchase,
        ["vehicle_operation"] = FigureRole.VehicleOperation,
        ["official_reception"] = FigureRole.OfficialReception,
        ["operating_costs"] = FigureRole.OperatingCosts,
    };

    /// <summary>The roles that name an item (what a figure is of) rather than a measure; a column's 'item' takes one of these.</summary>
    public static readonly IReadOnlyDictionary<string, FigureRole> Items = Roles
        .Where(pair => pair.Value >= FigureRole.ThreePublic)
        .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, MoneyUnit> MoneyUnits = new Dictionary<string, MoneyUnit>(StringComparer.Ordinal)
    {
        ["元"] = MoneyUnit.Yuan,
        ["千元"] = MoneyUnit.ThousandYuan,
        ["万元"] = MoneyUnit.TenThousandYuan,
        ["亿元"] = MoneyUnit.HundredMillionYuan,
    };

    public static readonly IReadOnlyDictionary<string, ReportKind> ReportKinds = new Dictionary<string, ReportKind>(StringComparer.Ordinal)
    {
        ["budget"] = ReportKind.Budget,
        ["final_accounts"] = ReportKind.FinalAccounts,
    };

    public static readonly IReadOnlyDictionary<string, JurisdictionLevel> JurisdictionLevels = new Dictionary<string, JurisdictionLevel>(StringComparer.Ordinal)
    {
        ["national"] = JurisdictionLevel.National,
        ["province"] = JurisdictionLevel.Province,
        ["city"] = JurisdictionLevel.City,
        ["county"] = JurisdictionLevel.County,
        ["township"] = JurisdictionLevel.Township,
    };

    public static readonly IReadOnlyDictionary<string, StubField> StubFields = new Dictionary<string, StubField>(StringComparer.Ordinal)
    {
        ["code"] = StubField.Code,
        ["name"] = StubField.Name,
        ["class"] = StubField.Class,
        ["lei"] = StubField.Lei,
        ["kuan"] = StubField.Kuan,
        ["xiang"] = StubField.Xiang,
    };

    /// <summary>The name a role is written with in data files (the reverse of <see cref="Roles"/>).</summary>
    public static string NameOf(FigureRole role) =>
        Roles.FirstOrDefault(pair => pair.Value == role).Key ?? role.ToString().ToLowerInvariant();

    public static string NameOf(ReportKind kind) =>
        ReportKinds.First(pair => pair.Value == kind).Key;

    public static string NameOf(TableType type) =>
        TableTypes.FirstOrDefault(pair => pair.Value == type).Key ?? "custom";
}
