namespace BudgetSiteGen.ViewModels.Charts;

/// <summary>
/// A horizontal bar chart drawn as inline SVG at build time. The viewBox is 320 units wide, the
/// narrowest phone in CSS pixels, so text is never smaller than its nominal size there.
/// </summary>
public sealed record BarChart(
    string Id,
    string Title,
    string Description,
    int Width,
    int Height,
    int BarHeight,
    IReadOnlyList<ChartBar> Bars,
    string SourceHref,
    string SourceLabel)
{
    /// <summary>"单位：万元；比例…": every value of the chart is in this one unit, and how its shares are rounded.</summary>
    public string UnitLabel { get; init; } = string.Empty;
}
