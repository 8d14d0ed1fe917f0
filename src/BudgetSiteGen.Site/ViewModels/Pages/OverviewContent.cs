using BudgetSiteGen.ViewModels.Charts;

namespace BudgetSiteGen.ViewModels.Pages;

public sealed record OverviewContent(
    string ReportTitle,
    IReadOnlyList<KeyFigure> Figures,
    IReadOnlyList<BarChart> Charts,
    IReadOnlyList<LinkItem> Sections,
    IReadOnlyList<LinkItem> Tables)
{
    public IReadOnlyList<LinkItem> Comparisons { get; init; } = [];

    /// <summary>The one unit the key figures and charts are shown in.</summary>
    public string UnitNote { get; init; } = string.Empty;

    /// <summary>预算公开表 or 决算公开表, as the report's kind calls its tables.</summary>
    public string TablesHeading { get; init; } = string.Empty;
}
