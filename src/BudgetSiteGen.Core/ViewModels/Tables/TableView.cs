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
    IReadOnlyList<Checks.Marker> Markers);
