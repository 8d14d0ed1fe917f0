namespace BudgetSiteGen.ViewModels.Tables;

/// <summary>A whole table page's table: title, printed label, unit, the no-data note, and its sections.</summary>
public sealed record TableView(
    int Number,
    string Title,
    string? Label,
    string UnitText,
    bool NoData,
    string? Note,
    bool CodesAdded,
    IReadOnlyList<TableSectionView> Sections,
    IReadOnlyList<Checks.Marker> Markers)
{
    /// <summary>Said when the table's unit is not the report's, so two figures in different units are never read as one.</summary>
    public string? UnitNote { get; init; }

    /// <summary>Explains the 无法辨认 cells when the table has any.</summary>
    public string? UnreadableNote { get; init; }
}
