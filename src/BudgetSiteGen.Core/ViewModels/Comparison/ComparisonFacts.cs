using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>
/// What comparison pages set side by side for one department-year, read from its model once when the
/// department-year is built. Comparison pages are built from these alone, so they need no report in memory
/// and a sharded build can carry them from one machine to another.
/// </summary>
public sealed record ComparisonFacts(
    IReadOnlyDictionary<string, decimal?> Metrics,
    IReadOnlyDictionary<string, FunctionAmount> Functions,
    decimal? Spending,
    IReadOnlyDictionary<string, string> UnitCosts)
{
    public const string TotalBudget = "total_budget";

    public static ComparisonFacts Of(DepartmentYear year, IReadOnlyList<MetricGroup> catalog, IndicatorNames names)
    {
        var metrics = catalog.SelectMany(g => g.Metrics).ToDictionary(m => m.Key, m => m.Read(year), StringComparer.Ordinal);
        var functions = Figures.Functions(year).ToDictionary(p => p.Key, p => new FunctionAmount(p.Value.Name, p.Value.Amount), StringComparer.Ordinal);
        var unitCosts = year.Performance.Cards
            .SelectMany(card => card.YearIndicators)
            .Where(i => i.Level2 == "成本指标" && i.Parsed is { } p && p.Unit.StartsWith("元/", StringComparison.Ordinal))
            .GroupBy(i => names.Canonical(i.Name), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join("；", g.Select(i => i.Value).Distinct()), StringComparer.Ordinal);
        return new ComparisonFacts(metrics, functions, Figures.ColumnTotal(year, TableType.ExpenditureSummary, FigureRole.Total), unitCosts);
    }
}
