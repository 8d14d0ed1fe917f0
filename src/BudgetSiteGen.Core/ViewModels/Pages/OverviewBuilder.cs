using BudgetSiteGen.Checking;
using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Charts;

namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>
/// The overview's key figures and charts, each read from the table whose type and roles define it and
/// linked back to that table: income and expenditure from table 1, basic and project from table 3,
/// personnel and public costs from table 6.
/// </summary>
public sealed class OverviewBuilder(PageFactory pages)
{
    private UiText Text => pages.Text;

    public (List<KeyFigure> Figures, List<BarChart> Charts) Build(DepartmentYear year, string folder, string fromPage)
    {
        var figures = new List<KeyFigure>();
        var charts = new List<BarChart>();
        var chartBuilder = new BarChartBuilder(Text);

        if (year.Table(TableType.BudgetSummary) is { } summary)
        {
            var href = SitePaths.Relative(fromPage, SitePaths.Table(folder, summary.Number));
            var source = TableName(summary);
            var unit = summary.Unit.Symbol();
            var income = summary.Sections.FirstOrDefault(s => s.Id == "income") ?? summary.Sections[0];
            var expenditure = summary.Sections.FirstOrDefault(s => s.Id == "expenditure") ?? summary.Sections[^1];
            Add(figures, "figure_total_income", RowValue(income, FigureRole.GrandTotal, 0), unit, href, source);
            Add(figures, "figure_total_expenditure", RowValue(expenditure, FigureRole.GrandTotal, 0), unit, href, source);
            Add(figures, "figure_current_income", RowValue(income, FigureRole.Subtotal, 0), unit, href, source);
            Add(figures, "figure_carry_over", RowValue(income, FigureRole.CarryOver, 0), unit, href, source);

            var sources = income.Rows
                .Where(r => IsFundSource(r.Role) && r.Level == 1 && r.Values.Count > 0 && r.Values[0] is > 0)
                .Select(r => new ChartItem(PrintedName.WithoutOrdinal(r.Name), r.Values[0]!.Value))
                .ToList();
            if (RowValue(income, FigureRole.CarryOver, 0) is { } carry && carry > 0)
            {
                sources.Add(new ChartItem(Text.Get("figure_carry_over"), carry));
            }

            foreach (var item in sources.Where(s => s.Label != Text.Get("figure_carry_over")))
            {
                Add(figures, null, item.Value, unit, href, source, item.Label);
            }

            if (chartBuilder.Build("chart-income", Text.Get("chart_income_title"), sources, unit, href, source) is { } incomeChart)
            {
                charts.Add(incomeChart);
            }
        }

        if (year.Table(TableType.ExpenditureSummary) is { } spending)
        {
            var href = SitePaths.Relative(fromPage, SitePaths.Table(folder, spending.Number));
            var source = TableName(spending);
            var unit = spending.Unit.Symbol();
            var section = spending.Sections[0];
            var basic = TableShape.Total(spending, FigureRole.Basic);
            var project = TableShape.Total(spending, FigureRole.Project);
            Add(figures, "figure_basic", basic, unit, href, source);
            Add(figures, "figure_project", project, unit, href, source);

            var classes = section.Rows
                .Where(r => r.Code is { Level: 1 } && TotalOf(section, r) is > 0)
                .Select(r => new ChartItem(r.Name, TotalOf(section, r)!.Value))
                .ToList();
            if (chartBuilder.Build("chart-functions", Text.Get("chart_functions_title"), classes, unit, href, source) is { } functionChart)
            {
                charts.Add(functionChart);
            }

            var split = new List<ChartItem>();
            if (basic is > 0)
            {
                split.Add(new ChartItem(Text.Get("figure_basic"), basic.Value));
            }

            if (project is > 0)
            {
                split.Add(new ChartItem(Text.Get("figure_project"), project.Value));
            }

            if (chartBuilder.Build("chart-basic-project", Text.Get("chart_basic_project_title"), split, unit, href, source) is { } splitChart)
            {
                charts.Add(splitChart);
            }
        }

        if (year.Table(TableType.BasicExpenditureByEconomicClass) is { } economic)
        {
            var href = SitePaths.Relative(fromPage, SitePaths.Table(folder, economic.Number));
            var source = TableName(economic);
            var section = economic.Sections[0];
            Add(figures, "figure_personnel", TableShape.Total(economic, FigureRole.Personnel), economic.Unit.Symbol(), href, source);
            Add(figures, "figure_public", TableShape.Total(economic, FigureRole.Public), economic.Unit.Symbol(), href, source);
        }

        return (figures, charts);
    }

    private string TableName(BudgetTable table) => table.Label ?? Text.Format("table_number", table.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private void Add(List<KeyFigure> figures, string? key, decimal? value, string unit, string href, string source, string? label = null)
    {
        if (value is { } v)
        {
            figures.Add(new KeyFigure(label ?? Text.Get(key!), AmountText.Format(v), unit, href, source));
        }
    }

    private static bool IsFundSource(FigureRole role) => role is FigureRole.GeneralPublicBudget or FigureRole.GovernmentFund
        or FigureRole.StateCapital or FigureRole.SocialInsuranceFund or FigureRole.SpecialAccount or FigureRole.UnitFunds or FigureRole.OtherFunds;

    private static decimal? RowValue(TableSection section, FigureRole role, int column)
    {
        var row = section.Rows.FirstOrDefault(r => r.Role == role);
        return row is not null && row.Values.Count > column ? row.Values[column] : null;
    }

    private static decimal? TotalOf(TableSection section, TableRow row)
    {
        var column = section.Columns.ToList().FindIndex(c => c.Role == FigureRole.Total);
        return column >= 0 ? row.Values[column] : null;
    }
}
