using System.Globalization;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>
/// Lays an indicator list out as the printed form does: level-1 and level-2 cells spanning their
/// groups. Each row gets an id so findings can link to one indicator.
/// </summary>
public static class IndicatorTableBuilder
{
    public static IndicatorTable Build(string id, string caption, IReadOnlyList<Indicator> indicators, Func<string, IReadOnlyList<Checks.Marker>>? markers = null)
    {
        var rows = new List<IndicatorRow>();
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var startsLevel1 = i == 0 || indicators[i - 1].Level1 != indicator.Level1;
            var startsLevel2 = startsLevel1 || indicators[i - 1].Level2 != indicator.Level2;
            var level1Span = startsLevel1 ? Run(indicators, i, x => x.Level1) : 0;
            var level2Span = startsLevel2 ? Run(indicators, i, x => x.Level1 + "\u001f" + x.Level2) : 0;
            rows.Add(new IndicatorRow(
                startsLevel1 ? indicator.Level1 : null, level1Span,
                startsLevel2 ? indicator.Level2 : null, level2Span,
                indicator.Name, indicator.Value, string.Create(CultureInfo.InvariantCulture, $"{id}-{i + 1}"),
                markers?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{id}-{i + 1}")) ?? []));
        }

        return new IndicatorTable(id, caption, rows);
    }

    private static int Run(IReadOnlyList<Indicator> indicators, int start, Func<Indicator, string> key)
    {
        var first = key(indicators[start]);
        var end = start;
        while (end < indicators.Count && key(indicators[end]) == first)
        {
            end++;
        }

        return end - start;
    }
}
