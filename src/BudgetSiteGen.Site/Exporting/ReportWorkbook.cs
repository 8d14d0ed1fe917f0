using System.Globalization;
using BudgetSiteGen.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetSiteGen.Exporting;

/// <summary>
/// Every table of a department-year as one Excel workbook (.xlsx), a sheet per table in the report's order, laid
/// out as printed (see <see cref="TableSheet"/>). The same report and data version always give the same bytes:
/// relationship ids are fixed, no creation date or generated id is written, and zip entries carry one fixed time.
/// </summary>
public static class ReportWorkbook
{
    /// <summary>The MIME type of an .xlsx file.</summary>
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(DepartmentYear year, WorkbookWords words, string dataVersion) =>
        Write(Layouts(year, words, dataVersion));

    /// <summary>The sheets of a report's workbook, before they are written: one per table, in the report's order.</summary>
    public static IReadOnlyList<SheetLayout> Layouts(DepartmentYear year, WorkbookWords words, string dataVersion)
    {
        var tables = year.Tables.OrderBy(t => t.Number).ToList();
        var names = SheetNames.Unique(tables.Select(words.SheetName));
        var sheet = new TableSheet(words);
        return tables.Select((table, i) => sheet.Build(names[i], table, year.Source, dataVersion)).ToList();
    }

    public static byte[] Write(IReadOnlyList<SheetLayout> sheets)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            // Stored, not deflated: StableZip compresses every part once when it rewrites the package.
            document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            // Ids given explicitly: left to the library, relationship ids are generated afresh on every run.
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            var styles = new StyleBook();
            var entries = new Sheets();
            for (var i = 0; i < sheets.Count; i++)
            {
                var id = "rId" + (i + 1).ToString(CultureInfo.InvariantCulture);
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>(id);
                worksheetPart.Worksheet = Worksheet(sheets[i], styles);
                entries.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = id });
            }

            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>("rId" + (sheets.Count + 1).ToString(CultureInfo.InvariantCulture));
            stylesPart.Stylesheet = styles.Build();
            workbookPart.Workbook = new Workbook(entries);
        }

        return StableZip.Rewrite(buffer.ToArray());
    }

    private static Worksheet Worksheet(SheetLayout sheet, StyleBook styles)
    {
        var data = new SheetData();
        foreach (var row in sheet.Cells.GroupBy(c => c.Row).OrderBy(g => g.Key))
        {
            var cells = row.OrderBy(c => c.Column).Select(c => Cell(c, styles));
            data.Append(new Row(cells) { RowIndex = (uint)row.Key });
        }

        var worksheet = new Worksheet();
        if (sheet.Widths.Count > 0)
        {
            worksheet.Append(new Columns(sheet.Widths.Select(w => new Column
            {
                Min = (uint)w.Key,
                Max = (uint)w.Key,
                Width = w.Value,
                CustomWidth = true,
            })));
        }

        worksheet.Append(data);
        if (sheet.Merges.Count > 0)
        {
            worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell { Reference = m.Reference })) { Count = (uint)sheet.Merges.Count });
        }

        return worksheet;
    }

    private static Cell Cell(SheetCell cell, StyleBook styles)
    {
        var written = new Cell { CellReference = CellAddress.Of(cell.Row, cell.Column), StyleIndex = styles.IndexOf(cell.Style) };
        if (cell.Number is { } number)
        {
            // The decimal's own invariant text: exactly the digits of the model, never through a double.
            written.CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture));
        }
        else if (cell.Text is { Length: > 0 } text)
        {
            written.DataType = CellValues.InlineString;
            written.InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        }

        return written;
    }
}
