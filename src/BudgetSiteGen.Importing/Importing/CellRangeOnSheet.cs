namespace BudgetSiteGen.Importing;

/// <summary>A merged block of cells, 0-based and inclusive, as spreadsheets merge a header over several columns.</summary>
public readonly record struct CellRangeOnSheet(int FromRow, int FromColumn, int ToRow, int ToColumn)
{
    public bool Contains(int row, int column) => row >= FromRow && row <= ToRow && column >= FromColumn && column <= ToColumn;

    public CellAddress TopLeft => new(FromRow, FromColumn);
}
