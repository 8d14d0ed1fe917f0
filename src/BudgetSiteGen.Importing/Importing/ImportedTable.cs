namespace BudgetSiteGen.Importing;

/// <summary>
/// A table read from one sheet: the layout's table number it was recognised as, its printed label, title and unit,
/// its blocks, and the note printed under it. <see cref="SheetUnit"/> is null when the sheet states no unit.
/// </summary>
public sealed record ImportedTable(int Number, string? Label, string Title, string? SheetUnit, bool NoData, string? Note,
    IReadOnlyList<ImportedSection> Sections, string Workbook, string Sheet);
