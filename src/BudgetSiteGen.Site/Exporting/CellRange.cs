namespace BudgetSiteGen.Exporting;

/// <summary>A rectangle of cells merged into one, 1-based and inclusive, as a printed spanning header is.</summary>
public readonly record struct CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public string Reference => CellAddress.Of(FirstRow, FirstColumn) + ":" + CellAddress.Of(LastRow, LastColumn);
}
