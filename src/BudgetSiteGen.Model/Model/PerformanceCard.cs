namespace BudgetSiteGen.Model;

/// <summary>
/// A project's 绩效目标表. Funds, goals and indicators come twice: for the whole implementation
/// period and for the year.
/// </summary>
public sealed record PerformanceCard(
    string Id,
    string? FormTitle,
    string Name,
    string? DepartmentLabel,
    string? Implementer,
    string? Attribute,
    string? Period,
    CardFunds PeriodFunds,
    CardFunds YearFunds,
    string? Overview,
    string? Basis,
    string? Necessity,
    string? Measures,
    string? Plan,
    string? PeriodGoal,
    string? YearGoal,
    IReadOnlyList<Indicator> PeriodIndicators,
    IReadOnlyList<Indicator> YearIndicators,
    DateTime? FiledAt)
{
    /// <summary>
    /// Ids a card may not have because the site gives those names to other pages in the cards' folder
    /// (performance/index.html, performance/department.html); a test holds the site's addresses to this list.
    /// </summary>
    public static IReadOnlySet<string> ReservedIds { get; } = new HashSet<string>(StringComparer.Ordinal) { "index", "department" };
}
