namespace BudgetSiteGen.Importing;

/// <summary>
/// One sheet read into memory: its cells, merged blocks and hidden rows and columns. A merged block's value is its
/// top-left cell's, as a reader sees it.
/// </summary>
public sealed class SheetGrid(string name, IReadOnlyDictionary<CellAddress, GridCell> cells, IReadOnlyList<CellRangeOnSheet> merges,
    IReadOnlySet<int> hiddenRows, IReadOnlySet<int> hiddenColumns, int rowCount, int columnCount)
{
    public string Name { get; } = name;

    public IReadOnlyList<CellRangeOnSheet> Merges { get; } = merges;

    public IReadOnlySet<int> HiddenRows { get; } = hiddenRows;

    public IReadOnlySet<int> HiddenColumns { get; } = hiddenColumns;

    public int RowCount { get; } = rowCount;

    public int ColumnCount { get; } = columnCount;

    /// <summary>The cell as stored, without looking through merges: null when empty.</summary>
    public GridCell? Stored(int row, int column) =>
        cells.TryGetValue(new CellAddress(row, column), out var cell) && !cell.IsBlank ? cell : null;

    /// <summary>The merged block a cell belongs to, if any.</summary>
    public CellRangeOnSheet? MergeAt(int row, int column)
    {
        foreach (var merge in Merges)
        {
            if (merge.Contains(row, column))
            {
                return merge;
            }
        }

        return null;
    }

    /// <summary>What a reader sees in a cell: the value of the merged block it lies in, or its own.</summary>
    public GridCell? Shown(int row, int column) => MergeAt(row, column) is { } merge ? Stored(merge.FromRow, merge.FromColumn) : Stored(row, column);

    public string? ShownText(int row, int column) => Shown(row, column) switch
    {
        { Value: string text } => text.Trim(),
        { Value: double number } => number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        { Value: { } other } => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    public bool IsVisibleRow(int row) => !HiddenRows.Contains(row);

    public bool IsVisibleColumn(int column) => !HiddenColumns.Contains(column);

    /// <summary>Whether any visible cell of the row holds something.</summary>
    public bool RowIsEmpty(int row)
    {
        for (var column = 0; column < ColumnCount; column++)
        {
            if (IsVisibleColumn(column) && Stored(row, column) is not null)
            {
                return false;
            }
        }

        return true;
    }
}
