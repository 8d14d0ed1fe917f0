namespace BudgetSiteGen.Importing;

/// <summary>
/// A sheet's header rows and what each column's header says, outermost first: the spanning headers above a column
/// (its groups) and its own header (its label). A header cell merged down over several rows counts once.
/// </summary>
public sealed class HeaderBlock
{
    private HeaderBlock(int firstRow, int lastRow, IReadOnlyDictionary<int, IReadOnlyList<(string Text, CellAddress Cell)>> paths)
    {
        FirstRow = firstRow;
        LastRow = lastRow;
        Paths = paths;
    }

    public int FirstRow { get; }

    public int LastRow { get; }

    /// <summary>Each visible column's header path, by sheet column; columns without any header are absent.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<(string Text, CellAddress Cell)>> Paths { get; }

    /// <summary>
    /// Reads the header that starts at <paramref name="firstRow"/>. It runs down as far as its merged cells do: a header
    /// merged down over rows belongs to the header, and a header merged across columns is a group with headers under it.
    /// </summary>
    public static HeaderBlock Read(SheetGrid grid, int firstRow)
    {
        var firstVisible = firstRow;
        while (firstVisible < grid.RowCount && (!grid.IsVisibleRow(firstVisible) || grid.RowIsEmpty(firstVisible)))
        {
            firstVisible++;
        }

        var lastRow = firstVisible;
        for (var row = firstVisible; row <= lastRow && row < grid.RowCount; row++)
        {
            for (var column = 0; column < grid.ColumnCount; column++)
            {
                if (grid.MergeAt(row, column) is { } merge && merge.FromRow == row && grid.IsVisibleColumn(column))
                {
                    lastRow = Math.Max(lastRow, merge.ToRow);
                    if (merge.ToColumn > merge.FromColumn)
                    {
                        lastRow = Math.Max(lastRow, merge.ToRow + 1);
                    }
                }
            }
        }

        lastRow = Math.Min(lastRow, grid.RowCount - 1);
        var paths = new Dictionary<int, IReadOnlyList<(string, CellAddress)>>();
        for (var column = 0; column < grid.ColumnCount; column++)
        {
            if (!grid.IsVisibleColumn(column))
            {
                continue;
            }

            var path = new List<(string, CellAddress)>();
            CellAddress? previous = null;
            for (var row = firstVisible; row <= lastRow; row++)
            {
                if (!grid.IsVisibleRow(row))
                {
                    continue;
                }

                var origin = grid.MergeAt(row, column)?.TopLeft ?? new CellAddress(row, column);
                if (origin == previous)
                {
                    continue;
                }

                previous = origin;
                if (grid.ShownText(row, column) is { Length: > 0 } text)
                {
                    path.Add((text, origin));
                }
            }

            if (path.Count > 0)
            {
                paths[column] = path;
            }
        }

        return new HeaderBlock(firstVisible, lastRow, paths);
    }
}
