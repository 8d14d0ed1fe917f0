using BudgetSiteGen.Formatting;

namespace BudgetSiteGen.ViewModels.Charts;

/// <summary>
/// Lays out grouped bars in a 320-unit-wide viewBox (legible on the narrowest phone): a label line per
/// group, then one bar per series, all scaled to the largest value. Series colours come from the theme's
/// CSS (series-0 … series-5), so a theme can change them.
/// </summary>
public static class GroupedBarChartBuilder
{
    private const int Width = 320;
    private const int BarArea = 220;
    private const int BarHeight = 12;
    private const int Gap = 3;

    public static GroupedBarChart? Build(string id, string title, string describe, IReadOnlyList<string> series, IReadOnlyList<(string Label, IReadOnlyList<decimal?> Values)> groups, string unitSuffix, UiText text)
    {
        var max = groups.SelectMany(g => g.Values).OfType<decimal>().DefaultIfEmpty(0m).Max();
        if (max <= 0 || series.Count == 0)
        {
            return null;
        }

        var labels = new List<ChartBar>();
        var bars = new List<GroupedBar>();
        var y = 0;
        foreach (var (label, values) in groups)
        {
            labels.Add(new ChartBar(label, string.Empty, string.Empty, y + 12, 0, 0, 0));
            y += 18;
            for (var s = 0; s < series.Count; s++)
            {
                var value = s < values.Count ? values[s] : null;
                var width = value is { } v && v > 0 ? (int)Math.Max(1m, Math.Round(v / max * BarArea, MidpointRounding.AwayFromZero)) : 0;
                bars.Add(new GroupedBar(y, width, width + 4, value is { } shown ? AmountText.Format(shown) : "–", $"series-{s % 6}"));
                y += BarHeight + Gap;
            }

            y += 8;
        }

        var legend = series.Select((name, s) => new LegendEntry(name, $"series-{s % 6}")).ToList();
        var description = string.Join(text.Get("chart_item_separator"), groups.Select(g => text.Format("chart_group_description", g.Label, string.Join(text.Get("chart_series_separator"), series.Select((name, s) =>
            $"{name} {(s < g.Values.Count && g.Values[s] is { } v ? AmountText.Format(v) + unitSuffix : text.Get("chart_no_value"))}")))));
        return new GroupedBarChart(id, title, describe + description, Width, y, BarHeight, labels, bars, legend);
    }
}
