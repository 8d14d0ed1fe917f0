namespace BudgetSiteGen.ViewModels.Charts;

/// <summary>Grouped horizontal bars: one group per metric, one bar per compared department-year.</summary>
public sealed record GroupedBarChart(string Id, string Title, string Description, int Width, int Height, int BarHeight,
    IReadOnlyList<ChartBar> Labels, IReadOnlyList<GroupedBar> Bars, IReadOnlyList<LegendEntry> Legend);
