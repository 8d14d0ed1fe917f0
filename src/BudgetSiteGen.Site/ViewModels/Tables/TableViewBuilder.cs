using System.Globalization;
using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Tables;

/// <summary>
/// Lays a model table out as accessible HTML table data: multi-level headers with spans, every data
/// cell tied to its headers by id, the code hierarchy as indentation plus hidden text for screen
/// readers, and blanks and unreadable cells kept distinct from zero and from each other.
/// </summary>
public sealed class TableViewBuilder(UiText text, Func<string, IReadOnlyList<Checks.Marker>> markers)
{
    /// <summary>A table with more amount columns than this is wider than a phone and scrolls in its region.</summary>
    private const int WideColumnCount = 2;

    /// <param name="reportUnit">The report's money unit; a table in another unit says so beside its own.</param>
    public TableView Build(BudgetTable table, MoneyUnit? reportUnit = null)
    {
        var sections = table.Sections
            .Select((section, index) => Section(table, section, index))
            .ToList();
        var unit = text.Format("unit_label", text.UnitName(table.Unit));
        var tableMarkers = markers(string.Create(CultureInfo.InvariantCulture, $"table-{table.Number}"));
        return new TableView(table.Number, table.Title, table.Label, unit, table.NoData, table.Note, !table.CodesPrinted, sections, tableMarkers)
        {
            UnitNote = reportUnit is { } report && report != table.Unit && !table.NoData
                ? text.Format("unit_differs_note", text.UnitName(table.Unit), text.UnitName(report))
                : null,
            UnreadableNote = table.AllRows.Any(r => r.Unreadable.Count > 0) ? text.Get("unreadable_note") : null,
        };
    }

    /// <summary>
    /// A section printed without a label column whose rows have no names (the Shanghai 三公 table: one row of
    /// figures under column headers) is shown as it is printed, without an empty row header.
    /// </summary>
    private static bool IsUnlabelled(TableSection section) =>
        section.Stub.Count == 0 && section.Rows.All(r => string.IsNullOrEmpty(r.Name));

    private IReadOnlyList<StubColumn> ShownStub(TableSection section) =>
        section.Stub.Count > 0 ? section.Stub
        : IsUnlabelled(section) ? []
        : [new StubColumn(text.Get("table_item"), StubField.Name, [])];

    private TableSectionView Section(BudgetTable table, TableSection section, int index)
    {
        var sectionId = section.PlaceId;
        var prefix = string.Create(CultureInfo.InvariantCulture, $"t{table.Number}-{sectionId}");
        var stub = ShownStub(section);
        var columns = stub.Select(s => (s.Label, s.Groups, Css: "stub stub-" + s.Field.ToString().ToLowerInvariant()))
            .Concat(section.Columns.Select(c => (c.Label, c.Groups, Css: "num")))
            .ToList();

        var (headerRows, columnHeaderIds) = Headers(prefix, columns);
        var rows = section.Rows.Select((row, i) => Row(table.Number, sectionId, prefix, section, stub, row, i, columnHeaderIds)).ToList();
        var caption = table.Label is null ? table.Title : $"{table.Label} {table.Title}";
        var unit = text.Format("unit_label", text.UnitName(table.Unit));
        var block = BlockName(table, section, index);
        var detail = block is null ? unit : $"{block} · {unit}";
        return new TableSectionView(table.Number, sectionId, prefix + "-caption", caption, detail, headerRows, rows, section.Columns.Count > WideColumnCount);
    }

    /// <summary>
    /// What tells the blocks of a table apart: the printed title, else what the block's figures are (人员经费 |
    /// 公用经费 where a basic-expenditure table is printed in two blocks), else its place.
    /// </summary>
    private string? BlockName(BudgetTable table, TableSection section, int index)
    {
        if (section.Title is { } title)
        {
            return title;
        }

        if (table.Sections.Count < 2)
        {
            return null;
        }

        return section.Role != FigureRole.None && text.All.TryGetValue("block_" + WireNames.NameOf(section.Role), out var named)
            ? named
            : text.Format("block_number", (index + 1).ToString(CultureInfo.InvariantCulture));
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

    /// <summary>The label column that heads the row: the name, or the first label column when no name is printed.</summary>
    private static int RowHeaderColumn(IReadOnlyList<StubColumn> stub)
    {
        var name = stub.ToList().FindIndex(s => s.Field == StubField.Name);
        return name >= 0 || stub.Count == 0 ? name : 0;
    }

    private BodyRow Row(int tableNumber, string sectionId, string prefix, TableSection section, IReadOnlyList<StubColumn> stub, TableRow row, int index,
        List<List<string>> columnHeaderIds)
    {
        var rowHeaderId = string.Create(CultureInfo.InvariantCulture, $"{prefix}-r{index}");
        var headerColumn = RowHeaderColumn(stub);
        var splitCode = stub.Any(s => CodeParts.IsPart(s.Field));
        var cells = new List<BodyCell>();
        for (var s = 0; s < stub.Count; s++)
        {
            var field = stub[s].Field;
            var headers = string.Join(' ', columnHeaderIds[s]);
            var value = field switch
            {
                StubField.Name => row.Name,
                StubField.Code => row.Code?.Value ?? string.Empty,
                StubField.Class => row.Class ?? string.Empty,
                _ => CodeParts.Of(row.Code, field),
            };
            var css = field switch
            {
                StubField.Name => $"name level-{row.Level}",
                StubField.Code => "code",
                StubField.Class => "class",
                _ => "code-part code-" + field.ToString().ToLowerInvariant(),
            };
            cells.Add(s == headerColumn
                ? new BodyCell(true, rowHeaderId, value, headers, css, null, false, LevelText(row, splitCode), [])
                : new BodyCell(false, null, value, headerColumn >= 0 ? $"{headers} {rowHeaderId}" : headers, css, null, false, null, []));
        }

        for (var v = 0; v < row.Values.Count; v++)
        {
            var columnHeaders = string.Join(' ', columnHeaderIds[stub.Count + v]);
            var headers = headerColumn >= 0 ? $"{rowHeaderId} {columnHeaders}" : columnHeaders;
            var anchor = Checks.FindingAnchors.CellAnchor(tableNumber, sectionId, index, v);
            var cellMarkers = markers(anchor);
            var flagged = cellMarkers.Count > 0 ? " flagged" : string.Empty;
            cells.Add(Figure(row, v, section.Columns[v], anchor, headers, flagged, cellMarkers));
        }

        var rowCss = row.Role is FigureRole.Total or FigureRole.GrandTotal or FigureRole.Subtotal ? "total-row" : $"level-{row.Level}";
        return new BodyRow(index, rowCss, cells);
    }

    private BodyCell Figure(TableRow row, int column, AmountColumn amountColumn, string anchor, string headers, string flagged, IReadOnlyList<Checks.Marker> cellMarkers)
    {
        var at = Index(column);
        if (row.IsUnreadable(column))
        {
            return new BodyCell(false, anchor, text.Get("unreadable_cell"), headers, "num unreadable" + flagged, at, false, null, cellMarkers)
            {
                IsUnreadable = true,
                HiddenSuffix = text.Get("unreadable_explained"),
            };
        }

        if (row.Values[column] is { } amount)
        {
            var shown = amountColumn.IsPercent ? AmountText.Format(amount) + "%" : AmountText.Format(amount);
            return new BodyCell(false, anchor, shown, headers, "num" + flagged, at, false, null, cellMarkers);
        }

        return new BodyCell(false, anchor, text.Get("blank_cell"), headers, "num blank" + flagged, at, true, null, cellMarkers);
    }

    /// <summary>
    /// What a screen reader hears before a row name, since indentation alone is invisible to it. Where the code is
    /// printed in 类/款/项 parts, the parts mean nothing alone, so the row header also says the whole code.
    /// </summary>
    private string? LevelText(TableRow row, bool splitCode)
    {
        if (row.Role is FigureRole.Total or FigureRole.GrandTotal or FigureRole.Subtotal)
        {
            return null;
        }

        if (row.Code is { } code)
        {
            var level = code.Level.ToString(CultureInfo.InvariantCulture);
            return splitCode ? text.Format("code_named_" + level, code.Value) : text.Get("code_level_" + level);
        }

        return row.Level > 1 ? text.Format("row_level", row.Level.ToString(CultureInfo.InvariantCulture)) : null;
    }
}
