using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>
/// The metrics compared, in the order shown, for one kind of report: budgets are set beside budgets and final
/// accounts beside final accounts, each with the figures that kind prints. Every figure is found by table type,
/// role and item, never by a printed table number. Labels and sources are UI strings of the theme
/// (metric_&lt;key&gt; and metric_source_&lt;key&gt;); docs/comparison.md repeats them.
/// </summary>
public sealed class MetricCatalog
{
    public const string StaffActive = "staff_active";

    private MetricCatalog(IReadOnlyList<MetricGroup> groups, IReadOnlyList<string> structureChart, string functionsSource)
    {
        Groups = groups;
        StructureChart = structureChart;
        FunctionsSource = functionsSource;
    }

    public IReadOnlyList<MetricGroup> Groups { get; }

    /// <summary>The amount metrics the structure chart sets side by side.</summary>
    public IReadOnlyList<string> StructureChart { get; }

    /// <summary>Where the expenditure by classification code comes from.</summary>
    public string FunctionsSource { get; }

    public IEnumerable<Metric> All => Groups.SelectMany(g => g.Metrics);

    public static MetricCatalog For(UiText text, ReportKind kind) => kind == ReportKind.FinalAccounts ? FinalAccounts(text) : Budget(text);

    private static MetricCatalog Budget(UiText text)
    {
        var m = new Make(text);
        const string total = "total_budget";
        return new MetricCatalog(
        [
            new(text.Get("metric_group_totals"),
            [
                m.Amount(total, null, ReportFigures.Total),
                m.Amount("general_public_budget", total, y => ReportFigures.SummaryRow(y, ReportFigures.Income, FigureRole.GeneralPublicBudget)),
                m.Amount("government_fund", total, y => ReportFigures.SummaryRow(y, ReportFigures.Income, FigureRole.GovernmentFund)),
                m.Amount("state_capital", total, y => ReportFigures.SummaryRow(y, ReportFigures.Income, FigureRole.StateCapital)),
                m.Amount("carry_over", total, y => ReportFigures.SummaryRow(y, ReportFigures.Income, FigureRole.CarryOver)),
            ]),
            new(text.Get("metric_group_structure"), [.. Structure(m, total), m.Amount("operating_costs", total, y => ReportFigures.Item(y, FigureRole.OperatingCosts)), m.Amount("procurement", total, Figures.ProcurementBudget)]),
            new(text.Get("metric_group_three_public"),
            [
                m.Amount("three_public_total", total, y => ReportFigures.Item(y, FigureRole.ThreePublic)),
                m.Amount("three_public_abroad", null, y => ReportFigures.Item(y, FigureRole.OutboundTravel)),
                m.Amount("three_public_reception", null, y => ReportFigures.Item(y, FigureRole.OfficialReception)),
                m.Amount("three_public_vehicles", null, y => ReportFigures.Item(y, FigureRole.OfficialVehicles)),
            ]),
            new(text.Get("metric_group_staff"), Staff(m, "operating_costs")),
            new(text.Get("metric_group_projects"),
            [
                m.Count("project_count", y => y.Performance.Cards.Count),
                m.Amount("project_funds", total, Figures.ProjectFunds),
                m.Count("vehicles", y => y.Assets?.Vehicles?.Actual),
                m.Count("floor_area", y => y.Assets?.FloorAreaSquareMetres),
            ]),
        ], [total, "basic", "project", "personnel", "public"], text.Get("metric_source_functions"));
    }

    private static MetricCatalog FinalAccounts(UiText text)
    {
        var m = new Make(text, "_final");
        const string income = "current_income";
        const string spending = "current_expenditure";
        return new MetricCatalog(
        [
            new(text.Get("metric_group_final_totals"),
            [
                m.Amount(income, null, y => ReportFigures.SummaryRow(y, ReportFigures.Income, FigureRole.Subtotal)),
                m.Amount(spending, null, y => ReportFigures.SummaryRow(y, ReportFigures.Expenditure, FigureRole.Subtotal)),
                m.Amount("opening_balance", null, y => ReportFigures.SummaryRow(y, ReportFigures.Income, FigureRole.OpeningBalance)),
                m.Amount("closing_balance", null, y => ReportFigures.SummaryRow(y, ReportFigures.Expenditure, FigureRole.ClosingBalance)),
                m.Amount("general_public_budget", income, y => ReportFigures.SummaryRow(y, ReportFigures.Income, FigureRole.GeneralPublicBudget)),
                m.Amount("government_fund", income, y => ReportFigures.SummaryRow(y, ReportFigures.Income, FigureRole.GovernmentFund)),
                m.Amount("state_capital", income, y => ReportFigures.SummaryRow(y, ReportFigures.Income, FigureRole.StateCapital)),
                m.Amount("other_income", income, y => ReportFigures.SummaryRow(y, ReportFigures.Income, FigureRole.OtherIncome)),
            ]),
            new(text.Get("metric_group_structure"), [.. Structure(m, spending), m.Amount("operating_costs_stated", spending, Figures.OperatingCostsStated), m.Amount("procurement_spent", spending, Figures.ProcurementSpent)]),
            new(text.Get("metric_group_three_public"),
            [
                m.Amount("three_public_budget", null, y => ReportFigures.Item(y, FigureRole.ThreePublic, FigureRole.Budget)),
                m.Amount("three_public_actual", spending, y => ReportFigures.Item(y, FigureRole.ThreePublic, FigureRole.Actual)),
                m.Amount("three_public_abroad_actual", null, y => ReportFigures.Item(y, FigureRole.OutboundTravel, FigureRole.Actual)),
                m.Amount("three_public_reception_actual", null, y => ReportFigures.Item(y, FigureRole.OfficialReception, FigureRole.Actual)),
                m.Amount("three_public_vehicles_actual", null, y => ReportFigures.Item(y, FigureRole.OfficialVehicles, FigureRole.Actual)),
            ]),
            new(text.Get("metric_group_staff"), Staff(m, "operating_costs_stated")),
            new(text.Get("metric_group_assets"),
            [
                m.Count("vehicles", y => y.Assets?.Vehicles?.Actual),
                m.Count("floor_area", y => y.Assets?.FloorAreaSquareMetres),
            ]),
        ], [income, spending, "basic", "project", "personnel", "public"], text.Get("metric_source_functions_final"));
    }

    private static List<Metric> Structure(Make m, string shareOf) =>
    [
        m.Amount("basic", shareOf, y => ReportFigures.ColumnTotal(y, TableType.ExpenditureSummary, FigureRole.Basic)),
        m.Amount("project", shareOf, y => ReportFigures.ColumnTotal(y, TableType.ExpenditureSummary, FigureRole.Project)),
        m.Amount("personnel", shareOf, y => ReportFigures.ColumnTotal(y, TableType.BasicExpenditureByEconomicClass, FigureRole.Personnel)),
        m.Amount("public", shareOf, y => ReportFigures.ColumnTotal(y, TableType.BasicExpenditureByEconomicClass, FigureRole.Public)),
    ];

    private static List<Metric> Staff(Make m, string operatingCosts) =>
    [
        m.Count("staff_authorised", y => y.Overview.Staffing?.Authorised),
        m.Count(StaffActive, y => y.Overview.Staffing?.Active),
        m.PerStaff("personnel_per_staff", "personnel"),
        m.PerStaff("public_per_staff", "public"),
        m.PerStaff("operating_per_staff", operatingCosts),
    ];

    /// <summary>
    /// Metrics with their label and source from the theme's strings; a kind of report may word a shared metric its
    /// own way (metric_&lt;key&gt;&lt;suffix&gt;, metric_source_&lt;key&gt;&lt;suffix&gt;).
    /// </summary>
    private sealed class Make(UiText text, string suffix = "")
    {
        public Metric Amount(string key, string? shareOf, Func<DepartmentYear, PrintedAmount> read) =>
            new(key, Word("metric_", key), Word("metric_source_", key)) { Amount = read, ShareOf = shareOf };

        public Metric Count(string key, Func<DepartmentYear, decimal?> read) =>
            new(key, Word("metric_", key), Word("metric_source_", key)) { Count = read, CountUnit = text.Get("metric_unit_" + key) };

        public Metric PerStaff(string key, string amountKey) =>
            new(key, Word("metric_", key), Word("metric_source_", key)) { PerStaffOf = amountKey };

        private string Word(string prefix, string key) =>
            text.All.ContainsKey(prefix + key + suffix) ? text.Get(prefix + key + suffix) : text.Get(prefix + key);
    }
}
