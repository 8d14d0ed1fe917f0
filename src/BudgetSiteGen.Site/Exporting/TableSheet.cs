using BudgetSiteGen.Model;
using BudgetSiteGen.ViewModels.Tables;

namespace BudgetSiteGen.Exporting;

/// <summary>
/// Lays one table out on a sheet as the report prints it: the title, the unit line, the headers merged as printed
/// (blocks printed side by side, 收入 | 支出, stand side by side under their block names), one row per row of the
/// table with codes as text and figures as numbers in the table's decimals, blanks left empty, unreadable cells
/// marked in words, then the no-data statement, the note, and the source and data version the site cites.
/// </summary>
public sealed class TableSheet(WorkbookWords words)
{
    private const double CodeWidth = 12;
    private const double CodePartWidth = 6;
    private const double NameWidth = 36;
    private const double AmountWidth = 16;

    public SheetLayout Build(string sheetName, BudgetTable table, SourceCitation? source, string dataVersion)
    {
        var sheet = new SheetLayout(sheetName);
        var blocks = table.Sections.Select(Columns).ToList();
        var width = Math.Max(1, blocks.Sum(b => b.Count));
        var row = 1;
        sheet.Add(new SheetCell(row, 1, new CellStyle(CellLook.Title), table.FullTitle));
        sheet.Merge(new CellRange(row, 1, row, width), new CellStyle(CellLook.Title));
        row++;
        sheet.Add(new SheetCell(row, width, new CellStyle(CellLook.UnitLine), words.Unit(table.Unit)));
        row++;

        var named = table.Sections.Count > 1;
        var depth = blocks.SelectMany(b => b).Select(c => c.Groups.Count + 1).DefaultIfEmpty(0).Max();
        var bodyStart = row + (named ? 1 : 0) + depth;
        var start = 1;
        for (var b = 0; b < blocks.Count; b++)
        {
            var section = table.Sections[b];
            var columns = blocks[b];
            if (columns.Count == 0)
            {
                continue;
            }

            if (named)
            {
                Header(sheet, new CellRange(row, start, row, start + columns.Count - 1), words.BlockName(section, b));
            }

            Headers(sheet, columns, named ? row + 1 : row, start, depth);
            Rows(sheet, table, section, columns, bodyStart, start);
            start += columns.Count;
        }

        row = bodyStart + table.Sections.Select(s => s.Rows.Count).DefaultIfEmpty(0).Max();
        var notes = new List<string>();
        if (table.NoData && !(table.Note ?? string.Empty).Contains(words.NoData, StringComparison.Ordinal))
        {
            notes.Add(words.NoData);
        }

        if (table.Note is { Length: > 0 } note)
        {
            notes.Add(note);
        }

        if (table.AllRows.Any(r => r.Unreadable.Count > 0))
        {
            notes.Add(words.UnreadableNote);
        }

        foreach (var line in notes)
        {
            Line(sheet, row++, width, line);
        }

        row++;
        foreach (var line in SourceLines(source, dataVersion))
        {
            Line(sheet, row++, width, line);
        }

        return sheet;
    }

    private IEnumerable<string> SourceLines(SourceCitation? source, string dataVersion)
    {
        if (source is not null)
        {
            yield return words.Source(source);
            if (source.Url is { Length: > 0 } url)
            {
                yield return words.SourceUrl(url);
            }

            if (source.Document is { Length: > 0 } document)
            {
                yield return words.SourceDocument(document);
            }

            if (source.Sha256 is { Length: > 0 } sha256)
            {
                yield return words.SourceSha256(sha256);
            }
        }

        yield return words.DataVersion(dataVersion);
    }

    /// <summary>The label columns as printed (a name column headed 项目 when the table prints names under no heading), then the amounts.</summary>
    private List<SheetColumn> Columns(TableSection section)
    {
        var unlabelled = section.Stub.Count == 0 && section.Rows.All(r => string.IsNullOrEmpty(r.Name));
        IEnumerable<StubColumn> stub = section.Stub.Count > 0 ? section.Stub
            : unlabelled ? []
            : [new StubColumn(words.ItemColumn, StubField.Name, [])];
        return stub.Select(s => new SheetColumn(s.Label, s.Groups, s.Field, -1))
            .Concat(section.Columns.Select((c, i) => new SheetColumn(c.Label, c.Groups, null, i)))
            .ToList();
    }

    /// <summary>
    /// The header grid of one block: a column under k spanning groups has its label in header row k, merged down to
    /// the last header row; neighbours that share a group path share one merged group cell.
    /// </summary>
    private static void Headers(SheetLayout sheet, List<SheetColumn> columns, int top, int start, int depth)
    {
        for (var level = 0; level < depth; level++)
        {
            var c = 0;
            while (c < columns.Count)
            {
                var column = columns[c];
                if (column.Groups.Count > level)
                {
                    var key = string.Join('\u001f', column.Groups.Take(level + 1));
                    var span = 1;
                    while (c + span < columns.Count && columns[c + span].Groups.Count > level
                        && string.Join('\u001f', columns[c + span].Groups.Take(level + 1)) == key)
                    {
                        span++;
                    }

                    Header(sheet, new CellRange(top + level, start + c, top + level, start + c + span - 1), column.Groups[level]);
                    c += span;
                    continue;
                }

                if (column.Groups.Count == level)
                {
                    Header(sheet, new CellRange(top + level, start + c, top + depth - 1, start + c), column.Label);
                }

                c++;
            }
        }

        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Width(start + c, columns[c].Field switch
            {
                StubField.Name => NameWidth,
                StubField.Lei or StubField.Kuan or StubField.Xiang => CodePartWidth,
                null => AmountWidth,
                _ => CodeWidth,
            });
        }
    }

    private static void Header(SheetLayout sheet, CellRange range, string text)
    {
        var style = new CellStyle(CellLook.Header);
        sheet.Add(new SheetCell(range.FirstRow, range.FirstColumn, style, text));
        sheet.Merge(range, style);
    }

    private void Rows(SheetLayout sheet, BudgetTable table, TableSection section, List<SheetColumn> columns, int top, int start)
    {
        for (var r = 0; r < section.Rows.Count; r++)
        {
            var row = section.Rows[r];
            var bold = row.Role is FigureRole.Total or FigureRole.GrandTotal or FigureRole.Subtotal;
            for (var c = 0; c < columns.Count; c++)
            {
                sheet.Add(Cell(table, section, row, columns[c], top + r, start + c, bold));
            }
        }
    }

    private SheetCell Cell(BudgetTable table, TableSection section, TableRow row, SheetColumn column, int at, int columnAt, bool bold)
    {
        switch (column.Field)
        {
            case StubField.Name:
                return new SheetCell(at, columnAt, new CellStyle(CellLook.Name, Indent: Math.Max(0, row.Level - 1), Bold: bold), row.Name);
            case StubField.Class:
                return new SheetCell(at, columnAt, new CellStyle(CellLook.Text, Bold: bold), row.Class ?? string.Empty);
            case { } field:
                return new SheetCell(at, columnAt, new CellStyle(CellLook.Code, Bold: bold), CodeParts.Of(row.Code, field));
        }

        var index = column.Amount;
        if (row.IsUnreadable(index))
        {
            return new SheetCell(at, columnAt, new CellStyle(CellLook.Unreadable, Bold: bold), words.Unreadable);
        }

        var look = section.Columns[index].IsPercent ? CellLook.Percent : CellLook.Amount;
        return row.Values[index] is { } value
            ? new SheetCell(at, columnAt, new CellStyle(look, table.Decimals, Bold: bold), Number: value)
            : new SheetCell(at, columnAt, new CellStyle(CellLook.Blank, Bold: bold));
    }

    private static void Line(SheetLayout sheet, int row, int width, string text)
    {
        var style = new CellStyle(CellLook.Note);
        sheet.Add(new SheetCell(row, 1, style, text));
        sheet.Merge(new CellRange(row, 1, row, width), style);
    }
}
