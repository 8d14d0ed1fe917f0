using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>
/// What comparison pages set side by side for one department-year, read from its model once when the
/// department-year is built. Comparison pages are built from these alone, so they need no report in memory
/// and a sharded build can carry them from one machine to another. Amounts keep the unit they are printed in;
/// a page converts them to its own unit.
/// </summary>
public sealed record ComparisonFacts(
    ReportKind Kind,
    IReadOnlyDictionary<string, PrintedAmount> Amounts,
    IReadOnlyDictionary<string, decimal?> Counts,
    IReadOnlyDictionary<string, FunctionAmount> Functions,
    PrintedAmount Spending,
    IReadOnlyDictionary<string, string> UnitCosts)
{
    public static ComparisonFacts Of(DepartmentYear year, MetricCatalog catalog, IndicatorNames names)
    {
        var amounts = catalog.All.Where(m => m.Amount is not null).ToDictionary(m => m.Key, m => m.Amount!(year), StringComparer.Ordinal);
        var counts = catalog.All.Where(m => m.Count is not null).ToDictionary(m => m.Key, m => m.Count!(year), StringComparer.Ordinal);
        var functions = new Dictionary<string, FunctionAmount>(StringComparer.Ordinal);
        foreach (var (code, name, total) in ReportFigures.Functions(year))
        {
            // Every report names the same few hundred functions: kept once each, not once for each of a portal's reports.
            functions[string.Intern(code)] = new FunctionAmount(string.Intern(name), total);
        }

        var unitCosts = year.Performance.Cards
            .SelectMany(card => card.YearIndicators)
            .Where(i => i.Level2 == "成本指标" && i.Parsed is { } p && p.Unit.StartsWith("元/", StringComparison.Ordinal))
            .GroupBy(i => names.Canonical(i.Name), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join("；", g.Select(i => i.Value).Distinct()), StringComparer.Ordinal);
        return new ComparisonFacts(year.Report.Kind, amounts, counts, functions,
            ReportFigures.ColumnTotal(year, TableType.ExpenditureSummary, FigureRole.Total), unitCosts);
    }
}
