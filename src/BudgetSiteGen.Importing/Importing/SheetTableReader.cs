using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;
using BudgetSiteGen.Model.Layouts;

namespace BudgetSiteGen.Importing;

/// <summary>
/// Reads the table of one sheet the layout recognised: its header resolved to label columns and columns of figures with
/// their roles, its blocks when printed side by side, its rows with codes, names, indentation and exact figures, and
/// the note under it. Every cell it cannot place is a diagnostic at that cell.
/// </summary>
public sealed class SheetTableReader(SheetGrid grid, ReportLayout layout, LayoutTable table, ImportProblems problems)
{
    private static readonly string[] NoteStarts = ["注", "说明", "备注"];

    /// <summary>
    /// Lines a published workbook (this program's own download among them) prints under a table to say where its
    /// figures come from: they belong to neither the rows nor the table's note.
    /// </summary>
    private static readonly string[] ProvenanceStarts = ["数据来源：", "原文地址：", "文本编号：", "原文件 SHA-256：", "数据版本："];

    /// <summary>The statement a table without figures prints alone under its header; the table's own note may follow.</summary>
    private const string NoDataStatement = "本表无数据";

    /// <summary>Columns whose header matched no role: already reported, so their cells are not reported again.</summary>
    private readonly HashSet<int> _unknownColumns = [];

    public ImportedTable Read(SheetPreamble preamble, string workbook)
    {
        var header = HeaderBlock.Read(grid, preamble.HeaderRow);
        var sections = ReadColumns(header);
        var note = new List<string>();
        var rows = sections.Select(_ => new List<ImportedRow>()).ToList();
        var hidden = new List<int>();
        for (var row = header.LastRow + 1; row < grid.RowCount; row++)
        {
            if (grid.RowIsEmpty(row) && !HasHiddenContent(row))
            {
                continue;
            }

            if (!grid.IsVisibleRow(row) || grid.RowIsEmpty(row))
            {
                hidden.Add(row);
                continue;
            }

            if (IsProvenance(row) || RowTexts(row) is [NoDataStatement])
            {
                continue;
            }

            if (note.Count > 0 || IsNote(row))
            {
                note.AddRange(RowTexts(row));
                continue;
            }

            for (var index = 0; index < sections.Count; index++)
            {
                if (ReadRow(row, sections[index]) is { } read)
                {
                    rows[index].Add(read);
                }
            }

            ReportUnplaced(row, sections);
        }

        ReportHidden(hidden);
        var imported = sections.Select((section, index) => section with { Rows = rows[index] }).ToList();
        // A table printed without a single figure (本表无数据, often with a blank 合计 row) has no data.
        var noData = imported.SelectMany(section => section.Rows).All(row => row.Values.All(value => value is null));
        if (!noData)
        {
            CheckTotalRow(imported, header);
        }

        return new ImportedTable(table.Number, preamble.Label, preamble.Title ?? table.Title, preamble.Unit, noData,
            note.Count == 0 ? null : string.Join("\n", note), imported, workbook, grid.Name);
    }

    private bool HasHiddenContent(int row)
    {
        for (var column = 0; column < grid.ColumnCount; column++)
        {
            if (grid.Stored(row, column) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private List<ImportedSection> ReadColumns(HeaderBlock header)
    {
        // A label column after a column of figures starts the next block of a table printed side by side.
        var blocks = new List<List<int>>();
        var previousWasAmount = false;
        foreach (var (column, path) in header.Paths.OrderBy(pair => pair.Key))
        {
            var isStub = StubLabels.FieldOf(path[^1].Text) is not null;
            if (blocks.Count == 0 || (isStub && previousWasAmount))
            {
                blocks.Add([]);
            }

            blocks[^1].Add(column);
            previousWasAmount = !isStub;
        }

        var sections = new List<ImportedSection>();
        for (var index = 0; index < blocks.Count; index++)
        {
            var columns = blocks[index];
            string? heading = null;
            if (blocks.Count > 1)
            {
                var first = header.Paths[columns[0]][0];
                if (columns.All(column => header.Paths[column].Count > 1 && header.Paths[column][0].Cell == first.Cell))
                {
                    heading = first.Text;
                }
            }

            var skip = heading is null ? 0 : 1;
            var stub = new List<ImportedStubColumn>();
            var amounts = new List<ImportedAmountColumn>();
            foreach (var column in columns)
            {
                var path = header.Paths[column];
                var label = path[^1].Text;
                var groups = path.Skip(skip).SkipLast(1).Select(part => part.Text).ToList();
                if (StubLabels.FieldOf(label) is { } field)
                {
                    stub.Add(new ImportedStubColumn(label, field, groups, column));
                }
                else if (ColumnMeaning.Find(label, groups, table, layout) is { } meaning)
                {
                    amounts.Add(new ImportedAmountColumn(label, groups, meaning.Role, meaning.Item, column));
                }
                else
                {
                    _unknownColumns.Add(column);
                    var shown = groups.Count == 0 ? $"'{label}'" : $"'{label}' under {string.Join(" › ", groups.Select(g => $"'{g}'"))}";
                    problems.Error(DiagnosticCodes.HeaderMatchesNoRole, grid.Name, path[^1].Cell,
                        $"header {shown} of table {table.Number} ({table.Title}) matches no column role of layout '{layout.Id}'.",
                        "a header the layout lists for this table or in its headers (see docs/layouts.md), or the header added to the layout");
                }
            }

            var name = SectionHeading.Of(heading, index);
            sections.Add(blocks.Count == 1
                ? new ImportedSection(null, null, null, stub, amounts, [])
                : new ImportedSection(name.Id, name.Title, name.RoleName, stub, amounts, []));
        }

        return sections;
    }

    private bool IsProvenance(int row) =>
        RowTexts(row) is [var only] && ProvenanceStarts.Any(start => only.StartsWith(start, StringComparison.Ordinal));

    private bool IsNote(int row)
    {
        var first = RowTexts(row).FirstOrDefault();
        return first is not null && NoteStarts.Any(start => first.StartsWith(start, StringComparison.Ordinal))
            && first.Length > 2 && RowTexts(row).Count == 1;
    }

    private List<string> RowTexts(int row)
    {
        var texts = new List<string>();
        for (var column = 0; column < grid.ColumnCount; column++)
        {
            if (grid.IsVisibleColumn(column) && grid.Stored(row, column) is not null && grid.ShownText(row, column) is { Length: > 0 } text)
            {
                texts.Add(text);
            }
        }

        return texts;
    }

    private ImportedRow? ReadRow(int row, ImportedSection section)
    {
        var codeParts = new List<string>();
        string? name = null;
        string? @class = null;
        var level = 1;
        foreach (var stub in section.Stub)
        {
            var text = StubText(row, stub.SheetColumn);
            if (text is null)
            {
                continue;
            }

            switch (stub.Field)
            {
                case StubField.Code or StubField.Lei or StubField.Kuan or StubField.Xiang:
                    codeParts.Add(text.Trim());
                    break;
                case StubField.Class:
                    @class = text.Trim();
                    break;
                default:
                    level = Indentation.LevelOf(text, grid.Stored(row, stub.SheetColumn)?.Indent ?? 0);
                    name = text.Trim().Trim('\u3000');
                    break;
            }
        }

        var values = new List<decimal?>();
        var any = false;
        foreach (var column in section.Columns)
        {
            var value = Amount(row, column, section);
            values.Add(value);
            any |= value is not null || grid.Stored(row, column.SheetColumn) is not null;
        }

        if (codeParts.Count == 0 && name is null && @class is null && !any)
        {
            return null;
        }

        if (section.Stub.Count > 0 && codeParts.Count == 0 && name is null && any)
        {
            problems.Error(DiagnosticCodes.CellNotPlaced, grid.Name, new CellAddress(row, section.Stub[0].SheetColumn),
                $"row {row + 1} of table {table.Number} has figures but no name or code.",
                "the row's name (科目名称 or 项目) beside its figures");
        }

        return new ImportedRow(codeParts, name, @class, codeParts.Count > 0 ? 1 : level, values);
    }

    private string? StubText(int row, int column)
    {
        var cell = grid.Stored(row, column);
        return cell?.Value switch
        {
            string text => text,

            // Codes exported as numbers (208, 2080501) lose nothing: they are whole numbers.
            double number when number == Math.Floor(number) && number >= 0 && number < 1e9 => ((long)number).ToString(System.Globalization.CultureInfo.InvariantCulture),
            null => null,
            { } other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private decimal? Amount(int row, ImportedAmountColumn column, ImportedSection section)
    {
        if (grid.MergeAt(row, column.SheetColumn) is { } merge && merge.ToColumn > merge.FromColumn)
        {
            if (merge.FromColumn == column.SheetColumn)
            {
                problems.Error(DiagnosticCodes.MergedAcrossAmounts, grid.Name, merge.TopLeft,
                    $"cells {merge.TopLeft}–{new CellAddress(merge.ToRow, merge.ToColumn)} of table {table.Number} are merged across columns of figures, so the figure belongs to no one column.",
                    "one figure per cell: unmerge the cells and put each column's figure in its own cell");
            }

            return null;
        }

        var cell = grid.Stored(row, column.SheetColumn);
        if (cell is null)
        {
            return null;
        }

        var reading = AmountCell.Read(cell);
        if (reading.Problem is { } problem)
        {
            var code = cell.Value is string ? DiagnosticCodes.TextInAmountCell : DiagnosticCodes.AmountNotAsShown;
            problems.Error(code, grid.Name, new CellAddress(row, column.SheetColumn),
                $"{problem} (column '{column.Label}' of table {table.Number}).",
                cell.Value is string ? "a number, or an empty cell where the table prints nothing" : "the figure typed as printed, not a computed value");
            return null;
        }

        return reading.Value;
    }

    private void ReportUnplaced(int row, IReadOnlyList<ImportedSection> sections)
    {
        var placed = sections.SelectMany(section => section.Stub.Select(s => s.SheetColumn).Concat(section.Columns.Select(c => c.SheetColumn))).ToHashSet();
        for (var column = 0; column < grid.ColumnCount; column++)
        {
            if (!placed.Contains(column) && !_unknownColumns.Contains(column) && grid.IsVisibleColumn(column) && grid.Stored(row, column) is not null && grid.MergeAt(row, column) is null)
            {
                problems.Error(DiagnosticCodes.CellNotPlaced, grid.Name, new CellAddress(row, column),
                    $"'{grid.ShownText(row, column)}' is in a column of table {table.Number} without a header, so it belongs to no column.",
                    "every figure under a header the layout knows");
            }
        }
    }

    private void ReportHidden(List<int> hiddenRows)
    {
        var columns = grid.HiddenColumns.Where(column => Enumerable.Range(0, grid.RowCount).Any(row => grid.Stored(row, column) is not null)).ToList();
        if (hiddenRows.Count == 0 && columns.Count == 0)
        {
            return;
        }

        var parts = new List<string>();
        if (hiddenRows.Count > 0)
        {
            parts.Add("hidden row" + (hiddenRows.Count > 1 ? "s " : " ") + string.Join(", ", hiddenRows.Select(row => row + 1)));
        }

        if (columns.Count > 0)
        {
            parts.Add("hidden column" + (columns.Count > 1 ? "s " : " ") + string.Join(", ", columns.Select(column => SourceLocation.ColumnName(column + 1))));
        }

        var at = hiddenRows.Count > 0 ? new CellAddress(hiddenRows[0], 0) : new CellAddress(0, columns[0]);
        problems.Warning(DiagnosticCodes.HiddenCellsSkipped, grid.Name, at,
            $"{string.Join(" and ", parts)} of table {table.Number} are not printed, so they were not imported.",
            "the rows and columns the published table shows; unhide any that belong to it");
    }

    private void CheckTotalRow(IReadOnlyList<ImportedSection> sections, HeaderBlock header)
    {
        var coded = sections.SelectMany(section => section.Rows).Any(row => row.Code is not null);
        if (!coded)
        {
            return;
        }

        var hasTotal = sections.SelectMany(section => section.Rows).Any(row => row.Code is null && row.Name is { } name && IsTotalName(name));
        if (!hasTotal)
        {
            problems.Warning(DiagnosticCodes.TotalRowMissing, grid.Name, new CellAddress(header.LastRow + 1, 0),
                $"table {table.Number} ({table.Title}) has rows by code but no total row, so its column sums cannot be checked against a printed total.",
                "the table's 合计 row, as printed");
        }
    }

    private bool IsTotalName(string name)
    {
        var plain = PrintedName.WithoutOrdinal(name);
        var meaning = table.Rows.FirstOrDefault(m => HeaderText.Same(m.Label, plain)) ?? layout.RowNames.FirstOrDefault(m => HeaderText.Same(m.Label, plain));
        return plain.EndsWith("合计", StringComparison.Ordinal) || plain.EndsWith("总计", StringComparison.Ordinal)
            || meaning?.Role is FigureRole.Total or FigureRole.GrandTotal;
    }
}
