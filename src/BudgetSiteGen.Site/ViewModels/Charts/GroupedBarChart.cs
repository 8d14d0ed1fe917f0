namespace BudgetSiteGen.ViewModels.Charts;

/// <summary>Grouped horizontal bars: one group per metric, one bar per compared department-year.</summary>
public sealed record GroupedBarChart(string Id, string Title, string Description, int Width, int Height, int BarHeight,
    IReadOnlyList<ChartBar> Labels, IReadOnlyList<GroupedBar> Bars, IReadOnlyList<LegendEntry> Legend)
{
    /// <summary>"单位：万元": every value of the chart is in this one unit.</summary>
    public string UnitLabel { get; init; } = string.Empty;
}
