using BudgetSiteGen.ViewModels.Charts;

namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>A comparison page: the compared department-years, the sections of metrics, and grouped bar charts.</summary>
public sealed record ComparisonContent(
    string Intro,
    IReadOnlyList<ComparisonColumn> Columns,
    IReadOnlyList<ComparisonSection> Sections,
    IReadOnlyList<GroupedBarChart> Charts,
    bool ByYear);
