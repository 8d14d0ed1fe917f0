namespace BudgetSiteGen.Exporting;

/// <summary>
/// One sheet as cells, merged ranges and column widths, before any spreadsheet library sees it, so what a
/// sheet holds can be read (and tested) apart from how the file is written.
/// </summary>
public sealed class SheetLayout(string name)
{
    private readonly List<SheetCell> _cells = [];
    private readonly List<CellRange> _merges = [];
    private readonly SortedDictionary<int, double> _widths = [];

    public string Name => name;

    public IReadOnlyList<SheetCell> Cells => _cells;

    public IReadOnlyList<CellRange> Merges => _merges;

    /// <summary>Column widths in Excel's character units, by 1-based column.</summary>
    public IReadOnlyDictionary<int, double> Widths => _widths;

    public void Add(SheetCell cell) => _cells.Add(cell);

    /// <summary>Merges a range, giving every covered cell the style of the first so borders run round the whole range.</summary>
    public void Merge(CellRange range, CellStyle style)
    {
        for (var row = range.FirstRow; row <= range.LastRow; row++)
        {
            for (var column = range.FirstColumn; column <= range.LastColumn; column++)
            {
                if (row != range.FirstRow || column != range.FirstColumn)
                {
                    _cells.Add(new SheetCell(row, column, style));
                }
            }
        }

        if (range.LastRow > range.FirstRow || range.LastColumn > range.FirstColumn)
        {
            _merges.Add(range);
        }
    }

    public void Width(int column, double width) => _widths[column] = Math.Max(width, _widths.GetValueOrDefault(column));
}
