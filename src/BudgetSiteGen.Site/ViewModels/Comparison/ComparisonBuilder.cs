using System.Globalization;
using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;
using BudgetSiteGen.ViewModels.Charts;

namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>
/// Sets department-years of one kind of report side by side: every metric of the kind's catalogue with its share
/// of a total (sizes differ), expenditure aligned by classification code at each level (a code one side lacks is
/// shown as absent, not 0), and the unit costs stated in cards, matched by indicator name. Across years, the columns
/// come newest first (on a phone the newest year and its change are what fits beside the names), and each figure
/// also shows its change from the year before: the column to its right. Every amount is shown in one unit,
/// <see cref="DisplayUnit"/>, converted exactly from the unit it is printed in, so a report in 元 and one in 万元
/// stand in one column.
/// </summary>
public sealed class ComparisonBuilder(UiText text)
{
    /// <summary>The unit every amount of a comparison page is shown in: the unit most reports print.</summary>
    public const MoneyUnit DisplayUnit = MoneyUnit.TenThousandYuan;

    /// <summary>A quotient that does not end within this many places is rounded to <see cref="RoundedDecimals"/> and marked 约.</summary>
    private const int ExactDecimals = 8;

    private const int RoundedDecimals = 2;

    public ComparisonContent Build(IReadOnlyList<ComparisonFacts> years, IReadOnlyList<ComparisonColumn> columns, bool byYear, string intro)
    {
        var kind = years.Count > 0 ? years[0].Kind : ReportKind.Budget;
        if (years.Any(y => y.Kind != kind))
        {
            throw new ArgumentException("a comparison sets one kind of report side by side, never budgets beside final accounts", nameof(years));
        }

        var catalog = MetricCatalog.For(text, kind);
        var unit = text.UnitName(DisplayUnit);
        var sections = new List<ComparisonSection>();
        foreach (var group in catalog.Groups)
        {
            var rows = group.Metrics.Select(metric =>
            {
                var values = years.Select(y => Value(metric, y)).ToList();
                var cells = values.Select((value, i) => Cell(columns[i].Id, value, metric.ShareOf is { } of ? Share(years[i], of) : null, byYear && i + 1 < values.Count ? values[i + 1] : null)).ToList();
                var rowUnit = metric.CountUnit ?? (metric.IsComputed ? text.Format("comparison_per_staff_unit", unit) : unit);
                var note = metric.IsComputed ? text.Format("comparison_computed_rounded", RoundedDecimals.ToString(CultureInfo.InvariantCulture)) : null;
                return new ComparisonRow(metric.Key, metric.Label, rowUnit, metric.Source, note, 1, cells);
            }).ToList();
            sections.Add(new ComparisonSection($"group-{sections.Count + 1}", group.Title, null, rows));
        }

        sections.Add(Functions(years, columns, byYear, catalog.FunctionsSource));
        sections.Add(UnitCosts(years, columns));
        return new ComparisonContent(intro, columns, sections, Charts(years, columns, catalog), byYear)
        {
            UnitNote = text.Format("comparison_unit_note", unit),
            MetricHeader = text.Format("comparison_metric_unit", unit),
        };
    }

    /// <summary>A metric's figure for one department-year, in the page's unit.</summary>
    private ShownFigure Value(Metric metric, ComparisonFacts year)
    {
        if (metric.Count is not null)
        {
            return year.Counts.GetValueOrDefault(metric.Key) is { } count ? ShownFigure.Exact(count) : ShownFigure.NotListed;
        }

        if (metric.PerStaffOf is { } key)
        {
            var amount = year.Amounts.GetValueOrDefault(key).In(DisplayUnit);
            var staff = year.Counts.GetValueOrDefault(MetricCatalog.StaffActive);
            if (staff is not > 0)
            {
                return ShownFigure.NotListed;
            }

            return amount.Amount is { } money ? PerStaff(money.Amount, staff.Value) : From(amount);
        }

        return From(year.Amounts.GetValueOrDefault(metric.Key).In(DisplayUnit));
    }

    private static ShownFigure From(PrintedAmount amount) =>
        amount.IsUnreadable ? ShownFigure.Unreadable : amount.Amount is { } money ? ShownFigure.Exact(money.Amount) : amount.IsListed ? ShownFigure.Blank : ShownFigure.NotListed;

    /// <summary>The exact quotient where it ends within a few places; otherwise rounded half away from zero and marked.</summary>
    private static ShownFigure PerStaff(decimal amount, decimal staff)
    {
        var quotient = amount / staff;
        var exact = Math.Round(quotient, ExactDecimals, MidpointRounding.AwayFromZero);
        return exact * staff == amount
            ? ShownFigure.Exact(DecimalPlaces.TrimTo(exact, Math.Min(RoundedDecimals, DecimalPlaces.Of(amount))))
            : new ShownFigure(Math.Round(quotient, RoundedDecimals, MidpointRounding.AwayFromZero), Approximate: true);
    }

    private static PrintedAmount? Share(ComparisonFacts year, string key) => year.Amounts.GetValueOrDefault(key);

    private ComparisonSection Functions(IReadOnlyList<ComparisonFacts> years, IReadOnlyList<ComparisonColumn> columns, bool byYear, string source)
    {
        var functions = years.Select(y => y.Functions).ToList();
        var codes = functions.SelectMany(f => f.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = codes.Select(code =>
        {
            var name = functions.First(f => f.ContainsKey(code))[code].Name;
            var cells = functions.Select((f, i) =>
            {
                if (!f.TryGetValue(code, out var entry))
                {
                    return new ComparisonCell(columns[i].Id, text.Get("comparison_absent"), null, null, false, true);
                }

                ShownFigure? previous = byYear && i + 1 < functions.Count ? functions[i + 1].TryGetValue(code, out var before) ? From(before.Amount.In(DisplayUnit)) : ShownFigure.NotListed : null;
                return Cell(columns[i].Id, From(entry.Amount.In(DisplayUnit)), years[i].Spending, previous);
            }).ToList();
            return new ComparisonRow("code-" + code, $"{code} {name}", text.UnitName(DisplayUnit), source, null, new ClassificationCode(code).Level, cells);
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
        var rows = names.Select((name, index) => new ComparisonRow("cost-" + index.ToString(CultureInfo.InvariantCulture), name, string.Empty, text.Get("metric_source_unit_costs"),
            perYear.Count(p => p.ContainsKey(name)) > 1 ? text.Get("comparison_matched") : null, 1,
            perYear.Select((p, i) => p.TryGetValue(name, out var value)
                ? new ComparisonCell(columns[i].Id, value, null, null, false, false)
                : new ComparisonCell(columns[i].Id, text.Get("comparison_not_stated"), null, null, false, true)).ToList())).ToList();
        return new ComparisonSection("unit-costs", text.Get("comparison_unit_costs"), text.Get("comparison_unit_costs_intro"), rows);
    }

    /// <summary>A cell: the figure, its share of <paramref name="whole"/> (both in the page's unit), and its change from <paramref name="previous"/>.</summary>
    private ComparisonCell Cell(string column, ShownFigure shown, PrintedAmount? whole, ShownFigure? previous)
    {
        if (shown.IsUnreadable)
        {
            return new ComparisonCell(column, text.Get("comparison_unreadable"), null, null, false, false);
        }

        if (shown.Value is not { } v)
        {
            return shown.IsListed
                ? new ComparisonCell(column, text.Get("blank_cell"), null, null, true, false)
                : new ComparisonCell(column, text.Get("comparison_not_stated"), null, null, false, true);
        }

        var total = whole?.In(DisplayUnit).Amount?.Amount;
        var share = total is { } t && t > 0 ? Percent(v / t) : null;
        string? change = null;
        if (previous?.Value is { } p)
        {
            var difference = v - p;
            var approximate = shown.Approximate || previous.Value.Approximate ? text.Get("comparison_about") : string.Empty;
            change = text.Format("comparison_change", approximate + (difference > 0 ? "+" : string.Empty) + AmountText.Format(difference),
                p != 0 ? (difference > 0 ? "+" : string.Empty) + Percent(difference / p) : "—");
        }

        var number = AmountText.Format(v);
        return new ComparisonCell(column, shown.Approximate ? text.Get("comparison_about") + number : number, share, change, false, false);
    }

    private static string Percent(decimal ratio) => (ratio * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private IReadOnlyList<GroupedBarChart> Charts(IReadOnlyList<ComparisonFacts> years, IReadOnlyList<ComparisonColumn> columns, MetricCatalog catalog)
    {
        var series = columns.Select(c => c.Label).ToList();
        var unit = text.UnitName(DisplayUnit);
        var describe = text.Format("comparison_chart_prefix", unit);
        var charts = new List<GroupedBarChart>();
        (string, IReadOnlyList<decimal?>) Group(string key) =>
            (text.Get("metric_" + key), years.Select(y => y.Amounts.GetValueOrDefault(key).In(DisplayUnit).Amount?.Amount).ToList());
        var structureTitle = text.Get(years.Count > 0 && years[0].Kind == ReportKind.FinalAccounts ? "comparison_chart_structure_final" : "comparison_chart_structure");
        if (GroupedBarChartBuilder.Build("chart-compare-structure", structureTitle, describe, series, catalog.StructureChart.Select(Group).ToList(), text.UnitSuffix(DisplayUnit), text) is { } structure)
        {
            charts.Add(structure with { UnitLabel = text.Format("unit_label", unit) });
        }

        var functions = years.Select(y => y.Functions).ToList();
        var classes = functions.SelectMany(f => f.Keys).Where(c => c.Length == 3).Distinct().Order(StringComparer.Ordinal)
            .Select(code => ((string, IReadOnlyList<decimal?>))(functions.First(f => f.ContainsKey(code))[code].Name,
                functions.Select(f => f.TryGetValue(code, out var e) ? e.Amount.In(DisplayUnit).Amount?.Amount : null).ToList()))
            .ToList();
        if (GroupedBarChartBuilder.Build("chart-compare-functions", text.Get("comparison_chart_functions"), describe, series, classes, text.UnitSuffix(DisplayUnit), text) is { } chart)
        {
            charts.Add(chart with { UnitLabel = text.Format("unit_label", unit) });
        }

        return charts;
    }
}
