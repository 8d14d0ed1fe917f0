using BudgetSiteGen.Checking;
using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;
using BudgetSiteGen.ViewModels.Charts;

namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>
/// The overview's key figures and charts, each read from the table whose type and roles define it and linked back
/// to that table. A budget shows 收入总计, 支出总计, 本年收入, 上年结转 and its sources; final accounts show what a
/// 决算 reports: 本年收入合计, 本年支出合计, 年初 and 年末结转和结余, its sources, and the 三公 budget beside its
/// actual. Both show basic and project spending, personnel and public costs, and 机关运行经费 where a table prints
/// it. Every amount is shown in the report's own unit (money_unit): a figure from a table printed in another unit is
/// converted exactly and its source says so.
/// </summary>
public sealed class OverviewBuilder(PageFactory pages)
{
    private static readonly FigureRole[] Sources =
    [
        FigureRole.FiscalAppropriation, FigureRole.GeneralPublicBudget, FigureRole.GovernmentFund, FigureRole.StateCapital,
        FigureRole.SocialInsuranceFund, FigureRole.SpecialAccount, FigureRole.UnitFunds, FigureRole.OtherFunds,
        FigureRole.SuperiorSubsidy, FigureRole.BusinessIncome, FigureRole.OperatingIncome, FigureRole.AffiliatedRemittance, FigureRole.OtherIncome,
    ];

    private UiText Text => pages.Text;

    /// <summary>The page's note on its unit: every key figure and chart is in the report's money_unit, some converted.</summary>
    public string UnitNote(DepartmentYear year) =>
        Text.Format(year.Tables.Any(t => t.Unit != year.Report.MoneyUnit) ? "overview_unit_note_converted" : "overview_unit_note", Text.UnitName(year.Report.MoneyUnit));

    public (List<KeyFigure> Figures, List<BarChart> Charts) Build(DepartmentYear year, string folder, string fromPage)
    {
        var figures = new List<KeyFigure>();
        var charts = new List<BarChart>();
        var page = new OverviewPage(year, folder, fromPage, Text);
        if (year.Table(TableType.BudgetSummary) is { } summary)
        {
            Summary(page, year, summary, figures, charts);
        }

        if (year.Table(TableType.ExpenditureSummary) is { } spending)
        {
            Spending(page, year, spending, figures, charts);
        }

        if (year.Table(TableType.BasicExpenditureByEconomicClass) is { } economic)
        {
            page.Figure(figures, economic, Text.Get("figure_personnel"), ReportFigures.ColumnTotal(year, TableType.BasicExpenditureByEconomicClass, FigureRole.Personnel));
            page.Figure(figures, economic, Text.Get("figure_public"), ReportFigures.ColumnTotal(year, TableType.BasicExpenditureByEconomicClass, FigureRole.Public));
        }

        ThreePublicAndOperatingCosts(page, year, figures);
        return (figures, charts);
    }

    private void Summary(OverviewPage page, DepartmentYear year, BudgetTable summary, List<KeyFigure> figures, List<BarChart> charts)
    {
        void Row(string key, string side, FigureRole role) => page.Figure(figures, summary, Text.Get(key), ReportFigures.SummaryRow(year, side, role));
        var final = year.Report.Kind == ReportKind.FinalAccounts;
        if (final)
        {
            Row("figure_current_income_total", ReportFigures.Income, FigureRole.Subtotal);
            Row("figure_current_expenditure_total", ReportFigures.Expenditure, FigureRole.Subtotal);
            Row("figure_opening_balance", ReportFigures.Income, FigureRole.OpeningBalance);
            Row("figure_closing_balance", ReportFigures.Expenditure, FigureRole.ClosingBalance);
        }
        else
        {
            Row("figure_total_income", ReportFigures.Income, FigureRole.GrandTotal);
            Row("figure_total_expenditure", ReportFigures.Expenditure, FigureRole.GrandTotal);
            Row("figure_current_income", ReportFigures.Income, FigureRole.Subtotal);
            Row("figure_carry_over", ReportFigures.Income, FigureRole.CarryOver);
        }

        var income = ReportFigures.SummarySide(year, ReportFigures.Income)!;
        var column = ReportFigures.MainColumn(income, year.Report.Kind);
        var sources = new List<ChartItem>();
        for (var row = 0; column >= 0 && row < income.Rows.Count; row++)
        {
            var cell = PrintedAmount.Of(new CellRef(summary, income, row, column));
            if (Sources.Contains(income.Rows[row].Role) && income.Rows[row].Level == 1 && page.Shown(cell) is { Amount: > 0 } amount)
            {
                var label = PrintedName.WithoutOrdinal(income.Rows[row].Name);
                page.Figure(figures, summary, label, cell);
                sources.Add(new ChartItem(label, amount.Amount));
            }
        }

        if (!final && page.Shown(ReportFigures.SummaryRow(year, ReportFigures.Income, FigureRole.CarryOver)) is { Amount: > 0 } carried)
        {
            sources.Add(new ChartItem(Text.Get("figure_carry_over"), carried.Amount));
        }

        page.Chart(charts, "chart-income", "chart_income_title", sources, summary);
    }

    private void Spending(OverviewPage page, DepartmentYear year, BudgetTable spending, List<KeyFigure> figures, List<BarChart> charts)
    {
        var basic = ReportFigures.ColumnTotal(year, TableType.ExpenditureSummary, FigureRole.Basic);
        var project = ReportFigures.ColumnTotal(year, TableType.ExpenditureSummary, FigureRole.Project);
        page.Figure(figures, spending, Text.Get("figure_basic"), basic);
        page.Figure(figures, spending, Text.Get("figure_project"), project);

        var classes = ReportFigures.Functions(year)
            .Where(f => f.Code.Length == 3 && page.Shown(f.Total) is { Amount: > 0 })
            .Select(f => new ChartItem(f.Name, page.Shown(f.Total)!.Value.Amount))
            .ToList();
        page.Chart(charts, "chart-functions", "chart_functions_title", classes, spending);

        var split = new List<ChartItem>();
        if (page.Shown(basic) is { Amount: > 0 } b)
        {
            split.Add(new ChartItem(Text.Get("figure_basic"), b.Amount));
        }

        if (page.Shown(project) is { Amount: > 0 } p)
        {
            split.Add(new ChartItem(Text.Get("figure_project"), p.Amount));
        }

        page.Chart(charts, "chart-basic-project", "chart_basic_project_title", split, spending);
    }

    /// <summary>
    /// The 三公 total (a final account's budget beside its actual, a blank shown as blank since the two belong together)
    /// and 机关运行经费, from whichever table prints them: the Shanghai budget prints both in one table, in 万元.
    /// </summary>
    private void ThreePublicAndOperatingCosts(OverviewPage page, DepartmentYear year, List<KeyFigure> figures)
    {
        if (year.Report.Kind == ReportKind.FinalAccounts)
        {
            var budget = ReportFigures.ItemIn(year, FigureRole.ThreePublic, FigureRole.Budget);
            var actual = ReportFigures.ItemIn(year, FigureRole.ThreePublic, FigureRole.Actual);
            if ((budget.Table ?? actual.Table) is { } table)
            {
                page.PairedFigure(figures, budget.Table ?? table, Text.Get("figure_three_public_budget"), budget.Amount);
                page.PairedFigure(figures, actual.Table ?? table, Text.Get("figure_three_public_actual"), actual.Amount);
            }
        }
        else if (ReportFigures.ItemIn(year, FigureRole.ThreePublic) is { Table: { } table } threePublic)
        {
            page.Figure(figures, table, Text.Get("figure_three_public"), threePublic.Amount);
        }

        if (ReportFigures.ItemIn(year, FigureRole.OperatingCosts) is { Table: { } source } operating)
        {
            page.Figure(figures, source, Text.Get("figure_operating_costs"), operating.Amount);
        }
    }
}
