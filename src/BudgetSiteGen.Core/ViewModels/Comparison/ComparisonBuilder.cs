using System.Globalization;
using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;
using BudgetSiteGen.ViewModels.Charts;

namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>
/// Sets department-years side by side: every metric of the catalogue with its share of each one's total
/// budget (sizes differ), expenditure aligned by classification code at each level (a code one side lacks
/// is shown as absent, not 0), and the unit costs stated in cards, matched by indicator name. Across years,
/// the columns come newest first (on a phone the newest year and its change are what fits beside the names),
/// and each figure also shows its change from the year before: the column to its right.
/// </summary>
public sealed class ComparisonBuilder(UiText text)
{
    public ComparisonContent Build(IReadOnlyList<ComparisonFacts> years, IReadOnlyList<ComparisonColumn> columns, bool byYear, string intro)
    {
        var sections = new List<ComparisonSection>();
        var totals = years.Select(y => y.Metrics[ComparisonFacts.TotalBudget]).ToList();
        foreach (var group in MetricCatalog.Groups(text))
        {
            var rows = group.Metrics.Select(metric =>
            {
                var values = years.Select(y => y.Metrics[metric.Key]).ToList();
                var cells = values.Select((value, i) => Cell(columns[i].Id, value, metric.ShowShare ? totals[i] : null, HasYearBefore(i) ? values[i + 1] : null, HasYearBefore(i))).ToList();
                return new ComparisonRow(metric.Key, metric.Label, metric.Unit, metric.Source, metric.Computed ? text.Get("comparison_computed") : null, 1, cells);
            }).ToList();
            sections.Add(new ComparisonSection($"group-{sections.Count + 1}", group.Title, null, rows));
        }

        sections.Add(Functions(years, columns, HasYearBefore));
        sections.Add(UnitCosts(years, columns));
        return new ComparisonContent(intro, columns, sections, Charts(years, columns), byYear);

        bool HasYearBefore(int column) => byYear && column + 1 < years.Count;
    }

    private ComparisonSection Functions(IReadOnlyList<ComparisonFacts> years, IReadOnlyList<ComparisonColumn> columns, Func<int, bool> hasYearBefore)
    {
        var functions = years.Select(y => y.Functions).ToList();
        var spending = years.Select(y => y.Spending).ToList();
        var codes = functions.SelectMany(f => f.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = codes.Select(code =>
        {
            var name = functions.First(f => f.ContainsKey(code))[code].Name;
            var cells = functions.Select((f, i) => f.TryGetValue(code, out var entry)
                ? Cell(columns[i].Id, entry.Amount, spending[i], hasYearBefore(i) && functions[i + 1].TryGetValue(code, out var before) ? before.Amount : null, hasYearBefore(i) && functions[i + 1].ContainsKey(code))
                : new ComparisonCell(columns[i].Id, text.Get("comparison_absent"), null, null, false, true)).ToList();
            return new ComparisonRow("code-" + code, $"{code} {name}", "万元", "表3 合计列", null, new ClassificationCode(code).Level, cells);
        }).ToList();
        return new ComparisonSection("functions", text.Get("comparison_functions"), text.Get("comparison_functions_intro"), rows);
    }

    private ComparisonSection UnitCosts(IReadOnlyList<ComparisonFacts> years, IReadOnlyList<ComparisonColumn> columns)
    {
        var perYear = years.Select(y => y.UnitCosts).ToList();
        var names = perYear.SelectMany(p => p.Keys).Distinct()
            .OrderByDescending(n => perYear.Count(p => p.ContainsKey(n)))
            .ThenBy(n => n, StringComparer.Ordinal)
            .ToList();
        var rows = names.Select((name, index) => new ComparisonRow("cost-" + index.ToString(CultureInfo.InvariantCulture), name, string.Empty, "绩效目标表 成本指标",
            perYear.Count(p => p.ContainsKey(name)) > 1 ? text.Get("comparison_matched") : null, 1,
            perYear.Select((p, i) => p.TryGetValue(name, out var value)
                ? new ComparisonCell(columns[i].Id, value, null, null, false, false)
                : new ComparisonCell(columns[i].Id, text.Get("comparison_not_stated"), null, null, false, true)).ToList())).ToList();
        return new ComparisonSection("unit-costs", text.Get("comparison_unit_costs"), text.Get("comparison_unit_costs_intro"), rows);
    }

    private ComparisonCell Cell(string column, decimal? value, decimal? total, decimal? previous, bool hasPrevious)
    {
        if (value is not { } v)
        {
            return new ComparisonCell(column, text.Get("blank_cell"), null, null, true, false);
        }

        var share = total is { } t && t > 0 ? Percent(v / t) : null;
        string? change = null;
        if (hasPrevious && previous is { } p)
        {
            var difference = v - p;
            change = text.Format("comparison_change", (difference > 0 ? "+" : string.Empty) + AmountText.Format(difference),
                p != 0 ? (difference > 0 ? "+" : string.Empty) + Percent(difference / p) : "—");
        }

        return new ComparisonCell(column, AmountText.Format(v), share, change, false, false);
    }

    private static string Percent(decimal ratio) => (ratio * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private IReadOnlyList<GroupedBarChart> Charts(IReadOnlyList<ComparisonFacts> years, IReadOnlyList<ComparisonColumn> columns)
    {
        var series = columns.Select(c => c.Label).ToList();
        var charts = new List<GroupedBarChart>();
        (string, IReadOnlyList<decimal?>) Group(string key) => (text.Get("metric_" + key), years.Select(y => y.Metrics[key]).ToList());
        var structure = GroupedBarChartBuilder.Build("chart-compare-structure", text.Get("comparison_chart_structure"), text.Get("comparison_chart_prefix"), series,
        [
            Group(ComparisonFacts.TotalBudget),
            Group("basic"),
            Group("project"),
            Group("personnel"),
            Group("public"),
        ], "万元");
        if (structure is not null)
        {
            charts.Add(structure);
        }

        var functions = years.Select(y => y.Functions).ToList();
        var classes = functions.SelectMany(f => f.Keys).Where(c => c.Length == 3).Distinct().Order(StringComparer.Ordinal)
            .Select(code => ((string, IReadOnlyList<decimal?>))(functions.First(f => f.ContainsKey(code))[code].Name,
                functions.Select(f => f.TryGetValue(code, out var e) ? e.Amount : null).ToList()))
            .ToList();
        if (GroupedBarChartBuilder.Build("chart-compare-functions", text.Get("comparison_chart_functions"), text.Get("comparison_chart_prefix"), series, classes, "万元") is { } chart)
        {
            charts.Add(chart);
        }

        return charts;
    }
}
