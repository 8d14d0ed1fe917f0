using System.Globalization;
using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Charts;

/// <summary>
/// Computes bar geometry from exact amounts, all in one unit (the caller converts them first). Bar lengths are the
/// only place a ratio is rounded, to whole SVG units; the numbers shown are the exact amounts, formatted like
/// everywhere else, and the shares beside them are rounded to 0.1 %, which the caption says.
/// </summary>
public sealed class BarChartBuilder(UiText text)
{
    private const int Width = 320;
    private const int BarAreaWidth = 220;
    private const int RowHeight = 40;
    private const int BarHeight = 14;

    public BarChart? Build(string id, string title, IReadOnlyList<ChartItem> items, MoneyUnit unit, string sourceHref, string sourceLabel)
    {
        var shown = items.Where(i => i.Value > 0).ToList();
        if (shown.Count == 0)
        {
            return null;
        }

        var max = shown.Max(i => i.Value);
        var total = shown.Sum(i => i.Value);
        var bars = shown.Select((item, index) =>
        {
            var width = (int)Math.Max(1m, Math.Round(item.Value / max * BarAreaWidth, MidpointRounding.AwayFromZero));
            var share = Percent(item.Value, total);
            var top = index * RowHeight;
            return new ChartBar(item.Label, AmountText.Format(item.Value), share, top + 14, top + 20, width, width + 6);
        }).ToList();
        var suffix = text.UnitSuffix(unit);
        var description = string.Join(text.Get("chart_item_separator"), bars.Select(b => text.Format("chart_bar_description", b.Label, b.ValueText + suffix, b.ShareText)));
        return new BarChart(id, title, text.Format("chart_description", description), Width, shown.Count * RowHeight, BarHeight, bars, sourceHref, sourceLabel)
        {
            UnitLabel = text.Format("chart_unit_label", text.UnitName(unit)),
        };
    }

    private static string Percent(decimal part, decimal total) =>
        (part / total * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
