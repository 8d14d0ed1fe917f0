using System.Globalization;
using System.Text;
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
                WriteWorksheet(workbookPart.AddNewPart<WorksheetPart>(id), sheets[i], styles);
                entries.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = id });
            }

            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>("rId" + (sheets.Count + 1).ToString(CultureInfo.InvariantCulture));
            stylesPart.Stylesheet = styles.Build();
            workbookPart.Workbook = new Workbook(entries);
        }

        return StableZip.Rewrite(buffer.ToArray());
    }

    /// <summary>
    /// Streams a sheet into its part with the library's writer instead of building its element tree first: a report
    /// has thousands of cells, and the tree cost more than the rest of the build's downloads together.
    /// </summary>
    private static void WriteWorksheet(WorksheetPart part, SheetLayout sheet, StyleBook styles)
    {
        // Without a byte-order mark, as the library writes a part it saves itself.
        using var writer = OpenXmlWriter.Create(part, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.WriteStartElement(new Worksheet());
        if (sheet.Widths.Count > 0)
        {
            writer.WriteElement(new Columns(sheet.Widths.Select(w => new Column
            {
                Min = (uint)w.Key,
                Max = (uint)w.Key,
                Width = w.Value,
                CustomWidth = true,
            })));
        }

        writer.WriteStartElement(new SheetData());
        foreach (var row in sheet.Cells.GroupBy(c => c.Row).OrderBy(g => g.Key))
        {
            writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", string.Empty, Number(row.Key))]);
            foreach (var cell in row.OrderBy(c => c.Column))
            {
                WriteCell(writer, cell, styles);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        if (sheet.Merges.Count > 0)
        {
            writer.WriteElement(new MergeCells(sheet.Merges.Select(m => new MergeCell { Reference = m.Reference })) { Count = (uint)sheet.Merges.Count });
        }

        writer.WriteEndElement();
    }

    private static void WriteCell(OpenXmlWriter writer, SheetCell cell, StyleBook styles)
    {
        var reference = new OpenXmlAttribute("r", string.Empty, CellAddress.Of(cell.Row, cell.Column));
        var style = new OpenXmlAttribute("s", string.Empty, Number(styles.IndexOf(cell.Style)));
        if (cell.Number is { } number)
        {
            writer.WriteStartElement(new Cell(), [reference, style]);
            // The decimal's own invariant text: exactly the digits of the model, never through a double.
            writer.WriteElement(new CellValue(number.ToString(CultureInfo.InvariantCulture)));
        }
        else if (cell.Text is { Length: > 0 } text)
        {
            writer.WriteStartElement(new Cell(), [reference, style, new OpenXmlAttribute("t", string.Empty, "inlineStr")]);
            writer.WriteElement(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }
        else
        {
            writer.WriteStartElement(new Cell(), [reference, style]);
        }

        writer.WriteEndElement();
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
