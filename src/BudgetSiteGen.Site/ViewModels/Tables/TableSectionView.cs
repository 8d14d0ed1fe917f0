namespace BudgetSiteGen.ViewModels.Tables;

/// <summary>A section as rendered: its caption, header rows and body rows.</summary>
public sealed record TableSectionView(
    int TableNumber,
    string SectionId,
    string CaptionId,
    string Caption,
    string? CaptionDetail,
    IReadOnlyList<IReadOnlyList<HeaderCell>> HeaderRows,
    IReadOnlyList<BodyRow> Rows,
    bool IsWide);
