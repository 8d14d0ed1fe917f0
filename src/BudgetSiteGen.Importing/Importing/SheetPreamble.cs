using System.Text.RegularExpressions;

namespace BudgetSiteGen.Importing;

/// <summary>
/// The lines above a sheet's table: the label ("预算公开表3"), the title, and the line naming the unit
/// ("单位名称：… 单位：万元"). <see cref="HeaderRow"/> is where the header starts.
/// </summary>
public sealed partial record SheetPreamble(string? Label, string? Title, CellAddress TitleCell, string? Unit, int HeaderRow)
{
    public static SheetPreamble Read(SheetGrid grid)
    {
        string? label = null;
        string? title = null;
        var titleCell = new CellAddress(0, 0);
        string? unit = null;
        for (var row = 0; row < grid.RowCount; row++)
        {
            if (!grid.IsVisibleRow(row) || grid.RowIsEmpty(row))
            {
                continue;
            }

            var texts = DistinctTexts(grid, row);
            var unitText = texts.Select(text => UnitLine().Match(text.Item2)).FirstOrDefault(match => match.Success);
            if (unitText is not null)
            {
                unit = unitText.Groups[1].Value;
                return new SheetPreamble(label, title, titleCell, unit, row + 1);
            }

            if (texts.Count == 1 && label is null && title is null && LabelLine().IsMatch(texts[0].Item2))
            {
                label = texts[0].Item2;
            }
            else if (texts.Count == 1 && label is null && title is null && LabelThenTitle().Match(texts[0].Item2) is { Success: true } both)
            {
                // "预算公开表1 2024年预算收支总表" in one cell, as one merged title row prints it.
                label = both.Groups[1].Value;
                title = both.Groups[2].Value;
                titleCell = texts[0].Item1;
            }
            else if (texts.Count == 1 && title is null)
            {
                title = texts[0].Item2;
                titleCell = texts[0].Item1;
            }
            else if (texts.All(text => text.Item2.StartsWith("单位名称", StringComparison.Ordinal) || text.Item2.StartsWith("编制单位", StringComparison.Ordinal)))
            {
                continue;
            }
            else
            {
                // No unit line: the header starts at the first row that is not a label or the title.
                return new SheetPreamble(label, title, titleCell, unit, row);
            }
        }

        return new SheetPreamble(label, title, titleCell, unit, grid.RowCount);
    }

    private static List<(CellAddress, string)> DistinctTexts(SheetGrid grid, int row)
    {
        var texts = new List<(CellAddress, string)>();
        for (var column = 0; column < grid.ColumnCount; column++)
        {
            if (grid.IsVisibleColumn(column) && grid.Stored(row, column) is not null && grid.ShownText(row, column) is { Length: > 0 } text)
            {
                texts.Add((new CellAddress(row, column), text));
            }
        }

        return texts;
    }

    [GeneratedRegex(@"单位[：:]\s*(元|千元|万元|亿元)\s*$")]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{0,8}表\s*\d{1,2}$")]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{0,8}表\s*\d{1,2})[ \u3000]+(\S.*)$")]
    private static partial Regex LabelThenTitle();
}
