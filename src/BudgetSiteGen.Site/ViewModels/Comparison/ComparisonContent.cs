using BudgetSiteGen.ViewModels.Charts;

namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>A comparison page: the compared department-years, the sections of metrics, and grouped bar charts.</summary>
public sealed record ComparisonContent(
    string Intro,
    IReadOnlyList<ComparisonColumn> Columns,
    IReadOnlyList<ComparisonSection> Sections,
    IReadOnlyList<GroupedBarChart> Charts,
    bool ByYear)
{
    /// <summary>The page's one unit of money, and that figures printed in another unit were converted exactly.</summary>
    public string UnitNote { get; init; } = string.Empty;

    /// <summary>The header of the metric column, naming the unit.</summary>
    public string MetricHeader { get; init; } = string.Empty;
}
