using System.Globalization;
using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Charts;

namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>
/// The overview a key figure or chart is put on: its one unit (the report's money_unit), into which every figure is
/// converted exactly, and how it names and links the table a figure comes from, saying so when that table is
/// printed in another unit.
/// </summary>
internal sealed class OverviewPage(DepartmentYear year, string folder, string fromPage, UiText text)
{
    private readonly BarChartBuilder _charts = new(text);

    public MoneyUnit Unit => year.Report.MoneyUnit;

    /// <summary>The figure's amount in the page's unit; null when it is blank, unreadable or not listed.</summary>
    public Money? Shown(PrintedAmount amount) => amount.In(Unit).Amount;

    /// <summary>A key figure with an amount; a blank, unreadable or unlisted figure is left out.</summary>
    public void Figure(List<KeyFigure> figures, BudgetTable table, string label, PrintedAmount amount)
    {
        if (Shown(amount) is { } money)
        {
            figures.Add(new KeyFigure(label, AmountText.Format(money), text.UnitName(Unit), Href(table), SourceLabel(table)));
        }
    }

    /// <summary>A key figure shown even when its cell is blank or unreadable, because it is one of a pair (预算数 | 决算数).</summary>
    public void PairedFigure(List<KeyFigure> figures, BudgetTable table, string label, PrintedAmount amount)
    {
        var shown = amount.In(Unit);
        var value = shown.Amount is { } money ? AmountText.Format(money)
            : shown.IsUnreadable ? text.Get("comparison_unreadable")
            : shown.IsListed ? text.Get("blank_cell")
            : text.Get("comparison_not_stated");
        figures.Add(new KeyFigure(label, value, text.UnitName(Unit), Href(table), SourceLabel(table)) { IsAmount = shown.Amount is not null });
    }

    /// <summary>A bar chart of amounts already in the page's unit, linked to the table they come from.</summary>
    public void Chart(List<BarChart> charts, string id, string titleKey, IReadOnlyList<ChartItem> items, BudgetTable table)
    {
        if (_charts.Build(id, text.Get(titleKey), items, Unit, Href(table), SourceLabel(table)) is { } chart)
        {
            charts.Add(chart);
        }
    }

    private string Href(BudgetTable table) => SitePaths.Relative(fromPage, SitePaths.Table(folder, table.Number));

    /// <summary>The table's name, and the unit it is printed in when that is not the page's.</summary>
    private string SourceLabel(BudgetTable table)
    {
        var name = table.Label ?? text.Format("table_number", table.Number.ToString(CultureInfo.InvariantCulture));
        return table.Unit == Unit ? name : text.Format("figure_converted_from", name, text.UnitName(table.Unit));
    }
}
