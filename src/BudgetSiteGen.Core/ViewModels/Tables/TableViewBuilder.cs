using BudgetSiteGen.Formatting;
using System.Globalization;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Tables;

/// <summary>
/// Lays a model table out as accessible HTML table data: multi-level headers with spans, every data
/// cell tied to its headers by id, the code hierarchy as indentation plus hidden text for screen
/// readers, and blanks kept distinct from zero.
/// </summary>
public sealed class TableViewBuilder(UiText text, Func<string, IReadOnlyList<Checks.Marker>> markers)
{
    /// <summary>A table with more amount columns than this is wider than a phone and scrolls in its region.</summary>
    private const int WideColumnCount = 2;

    public TableView Build(BudgetTable table)
    {
        var sections = table.Sections
            .Select((section, index) => Section(table, section, index))
            .ToList();
        var unit = text.Format("unit_label", table.Unit.Symbol());
        var tableMarkers = markers(string.Create(CultureInfo.InvariantCulture, $"table-{table.Number}"));
        return new TableView(table.Number, table.Title, table.Label, unit, table.NoData, table.Note, !table.CodesPrinted, sections, tableMarkers);
    }

    private TableSectionView Section(BudgetTable table, TableSection section, int index)
    {
        var sectionId = section.Id ?? "main";
        var prefix = string.Create(CultureInfo.InvariantCulture, $"t{table.Number}-{sectionId}");
        var columns = section.Stub.Select(s => (s.Label, s.Groups, Css: "stub stub-" + s.Field.ToString().ToLowerInvariant()))
            .Concat(section.Columns.Select(c => (c.Label, c.Groups, Css: "num")))
            .ToList();
        if (section.Stub.Count == 0)
        {
            columns.Insert(0, (text.Get("table_item"), [], "stub stub-name"));
        }

        var (headerRows, columnHeaderIds) = Headers(prefix, columns);
        var stubCount = Math.Max(1, section.Stub.Count);
        var rows = section.Rows.Select((row, i) => Row(table.Number, sectionId, prefix, section, row, i, columnHeaderIds, stubCount)).ToList();
        var caption = table.Label is null ? table.Title : $"{table.Label} {table.Title}";
        var detail = section.Title is null
            ? text.Format("unit_label", table.Unit.Symbol())
            : $"{section.Title} · {text.Format("unit_label", table.Unit.Symbol())}";
        return new TableSectionView(table.Number, sectionId, prefix + "-caption", caption, detail, headerRows, rows, section.Columns.Count > WideColumnCount);
    }

    /// <summary>
    /// Builds the header grid: a column with k spanning groups has its label in rows k… (spanning down to
    /// the last header row), and neighbouring columns sharing a group prefix share one group cell.
    /// </summary>
    private static (List<IReadOnlyList<HeaderCell>> Rows, List<List<string>> ColumnHeaderIds) Headers(
        string prefix, List<(string Label, IReadOnlyList<string> Groups, string Css)> columns)
    {
        var depth = columns.Max(c => c.Groups.Count) + 1;
        var ids = columns.Select(_ => new List<string>()).ToList();
        var rows = new List<IReadOnlyList<HeaderCell>>();
        for (var level = 0; level < depth; level++)
        {
            var cells = new List<HeaderCell>();
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

                    var id = string.Create(CultureInfo.InvariantCulture, $"{prefix}-g{level}-{c}");
                    cells.Add(new HeaderCell(id, column.Groups[level], Span(span), null, "colgroup", "group"));
                    for (var k = c; k < c + span; k++)
                    {
                        ids[k].Add(id);
                    }

                    c += span;
                    continue;
                }

                if (column.Groups.Count == level)
                {
                    var id = string.Create(CultureInfo.InvariantCulture, $"{prefix}-h{c}");
                    cells.Add(new HeaderCell(id, column.Label, null, Span(depth - level), "col", column.Css));
                    ids[c].Add(id);
                }

                c++;
            }

            rows.Add(cells);
        }

        return (rows, ids);
    }

    private static string Index(int column) => column.ToString(CultureInfo.InvariantCulture);

    private static string? Span(int span) => span > 1 ? span.ToString(CultureInfo.InvariantCulture) : null;

    private BodyRow Row(int tableNumber, string sectionId, string prefix, TableSection section, TableRow row, int index, List<List<string>> columnHeaderIds, int stubCount)
    {
        var rowHeaderId = string.Create(CultureInfo.InvariantCulture, $"{prefix}-r{index}");
        var cells = new List<BodyCell>();
        var stub = section.Stub.Count == 0 ? [new StubColumn(string.Empty, StubField.Name, [])] : section.Stub;
        for (var s = 0; s < stub.Count; s++)
        {
            var field = stub[s].Field;
            var headers = string.Join(' ', columnHeaderIds[s]);
            if (field == StubField.Name)
            {
                cells.Add(new BodyCell(true, rowHeaderId, row.Name, headers, $"name level-{row.Level}", null, false, LevelText(row), []));
            }
            else
            {
                var value = field == StubField.Code ? row.Code?.Value ?? string.Empty : row.Class ?? string.Empty;
                cells.Add(new BodyCell(false, null, value, $"{headers} {rowHeaderId}", field == StubField.Code ? "code" : "class", null, false, null, []));
            }
        }

        for (var v = 0; v < row.Values.Count; v++)
        {
            var headers = $"{rowHeaderId} {string.Join(' ', columnHeaderIds[stubCount + v])}";
            var value = row.Values[v];
            var anchor = Checks.FindingAnchors.CellAnchor(tableNumber, sectionId, index, v);
            var cellMarkers = markers(anchor);
            var flagged = cellMarkers.Count > 0 ? " flagged" : string.Empty;
            cells.Add(value is { } amount
                ? new BodyCell(false, anchor, AmountText.Format(amount), headers, "num" + flagged, Index(v), false, null, cellMarkers)
                : new BodyCell(false, anchor, text.Get("blank_cell"), headers, "num blank" + flagged, Index(v), true, null, cellMarkers));
        }

        var css = row.Role is FigureRole.Total or FigureRole.GrandTotal or FigureRole.Subtotal ? "total-row" : $"level-{row.Level}";
        return new BodyRow(index, css, cells);
    }

    /// <summary>What a screen reader hears before a row name, since indentation alone is invisible to it.</summary>
    private string? LevelText(TableRow row)
    {
        if (row.Role is FigureRole.Total or FigureRole.GrandTotal or FigureRole.Subtotal)
        {
            return null;
        }

        if (row.Code is { } code)
        {
            return text.Get($"code_level_{code.Level}");
        }

        return row.Level > 1 ? text.Format("row_level", row.Level.ToString(CultureInfo.InvariantCulture)) : null;
    }
}
