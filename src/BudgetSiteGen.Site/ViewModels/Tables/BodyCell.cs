namespace BudgetSiteGen.ViewModels.Tables;

/// <summary>
/// One body cell. <see cref="Headers"/> lists the ids of every header above it and of its row header,
/// so a screen reader announces the full path of a figure in a multi-level table.
/// </summary>
public sealed record BodyCell(
    bool IsRowHeader,
    string? Id,
    string Text,
    string? Headers,
    string CssClass,
    string? Column,
    bool IsBlank,
    string? HiddenPrefix,
    IReadOnlyList<Checks.Marker> Markers)
{
    /// <summary>A cell the source could not be read in: neither a blank nor a figure, and said so in words.</summary>
    public bool IsUnreadable { get; init; }

    /// <summary>Words for screen readers after the visible text (why a cell says 无法辨认).</summary>
    public string? HiddenSuffix { get; init; }
}
