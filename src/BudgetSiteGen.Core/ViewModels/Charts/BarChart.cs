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
    string SourceLabel);
