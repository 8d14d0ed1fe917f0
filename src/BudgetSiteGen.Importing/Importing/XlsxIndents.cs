using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetSiteGen.Importing;

/// <summary>
/// The indentation an .xlsx gives cells through their alignment (Excel's 增加缩进), by sheet name and cell: a budget
/// system, and this program's own download, indent a row's name under its parent this way instead of with spaces.
/// ExcelDataReader does not read styles, so the package's styles are read here; a workbook whose styles cannot be read
/// simply has no such indentation.
/// </summary>
public static class XlsxIndents
{
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<CellAddress, int>> Read(byte[] bytes)
    {
        var indents = new Dictionary<string, IReadOnlyDictionary<CellAddress, int>>(StringComparer.Ordinal);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart;
            var formats = workbook?.WorkbookStylesPart?.Stylesheet?.CellFormats?.Elements<CellFormat>().ToList();
            if (workbook?.Workbook.Sheets is null || formats is null)
            {
                return indents;
            }

            foreach (var sheet in workbook.Workbook.Sheets.Elements<Sheet>())
            {
                if (sheet.Name?.Value is { } name && sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part)
                {
                    indents[name] = SheetIndents(part, formats);
                }
            }
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or IOException
            or System.Xml.XmlException or InvalidOperationException or ArgumentException or FormatException)
        {
            indents.Clear();
        }

        return indents;
    }

    private static Dictionary<CellAddress, int> SheetIndents(WorksheetPart part, List<CellFormat> formats)
    {
        var indents = new Dictionary<CellAddress, int>();
        foreach (var cell in part.Worksheet.Descendants<Cell>())
        {
            if (cell.StyleIndex?.Value is { } style && style < formats.Count
                && formats[(int)style].Alignment?.Indent?.Value is { } indent and > 0
                && cell.CellReference?.Value is { } reference && CellAddress.TryParse(reference, out var address))
            {
                indents[address] = (int)indent;
            }
        }

        return indents;
    }
}
