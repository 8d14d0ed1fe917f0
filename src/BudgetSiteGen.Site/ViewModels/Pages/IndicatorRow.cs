namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>
/// One indicator as a table row. The level cells span the rows of their group (rowspan) and are
/// omitted from the following rows of the same group, as the printed form does.
/// </summary>
public sealed record IndicatorRow(string? Level1, int Level1Span, string? Level2, int Level2Span, string Name, string Value, string Id, IReadOnlyList<Checks.Marker> Markers);
