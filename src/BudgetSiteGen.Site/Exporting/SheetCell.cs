namespace BudgetSiteGen.Exporting;

/// <summary>
/// One cell to write. <see cref="Number"/> is set for a figure and written as the decimal's own invariant text,
/// so no binary floating point ever stands between the model and the file; <see cref="Text"/> for words and codes;
/// neither for a cell that is blank but bordered.
/// </summary>
public sealed record SheetCell(int Row, int Column, CellStyle Style, string? Text = null, decimal? Number = null);
