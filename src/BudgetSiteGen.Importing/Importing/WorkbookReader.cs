using System.IO.Compression;
using System.Text;
using BudgetSiteGen.Diagnostics;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace BudgetSiteGen.Importing;

/// <summary>
/// Reads a workbook's visible sheets into grids with ExcelDataReader, after refusing what cannot be read faithfully:
/// files over the size bound, old formats without merged cells, encrypted workbooks and files that are not workbooks.
/// </summary>
public static class WorkbookReader
{
    /// <summary>Chinese workbooks written by older systems carry no code page; GBK is what they were written in.</summary>
    private const int ChineseCodePage = 936;

    /// <summary>An .xlsx package may unpack to at most this many times the bound on the file, so a zip bomb is refused unread.</summary>
    private const long UnpackedFactor = 20;

    static WorkbookReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IReadOnlyList<SheetGrid> Read(string path, ImportLimits limits, ImportProblems problems)
    {
        var length = new FileInfo(path).Length;
        if (length > limits.MaxFileBytes)
        {
            problems.InWorkbook(DiagnosticCodes.WorkbookTooLarge,
                $"the workbook is {length / (1024 * 1024)} MB; a department's published tables take some tens of kilobytes, and import reads at most {limits.MaxFileBytes / (1024 * 1024)} MB.",
                "the workbook of one report's tables (remove other sheets, pictures and cached data)");
            return [];
        }

        var bytes = File.ReadAllBytes(path);
        var format = WorkbookSniffer.Sniff(bytes);
        switch (format)
        {
            case WorkbookFormat.Biff2To4:
                problems.InWorkbook(DiagnosticCodes.WorkbookOldFormat,
                    "the file is an Excel 2.x–4.0 worksheet, a format without merged cells, so the table's headers cannot be read.",
                    "the workbook saved as .xlsx (Excel: File › Save As › Excel Workbook)");
                return [];
            case WorkbookFormat.Biff5:
                problems.InWorkbook(DiagnosticCodes.WorkbookOldFormat,
                    "the file is an Excel 5.0/95 workbook, a format that does not store merged cells, so the table's headers cannot be read.",
                    "the workbook saved as .xlsx (Excel: File › Save As › Excel Workbook)");
                return [];
            case WorkbookFormat.Encrypted:
                Protected(problems);
                return [];
            case WorkbookFormat.NotAWorkbook:
                problems.InWorkbook(DiagnosticCodes.WorkbookUnreadable,
                    $"the file is not an Excel workbook ({WhatItLooksLike(bytes)}), whatever its name says.",
                    "an .xlsx or .xls workbook; open the file in Excel or WPS and save it as .xlsx");
                return [];
            case WorkbookFormat.OpenXml when !UnpacksWithin(bytes, limits.MaxFileBytes * UnpackedFactor):
                problems.InWorkbook(DiagnosticCodes.WorkbookTooLarge,
                    $"the workbook unpacks to more than {limits.MaxFileBytes * UnpackedFactor / (1024 * 1024)} MB, far more than a report's tables.",
                    "the workbook of one report's tables");
                return [];
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = ExcelReaderFactory.CreateReader(stream, new ExcelReaderConfiguration { FallbackEncoding = Encoding.GetEncoding(ChineseCodePage) });
            var indents = format == WorkbookFormat.OpenXml ? XlsxIndents.Read(bytes) : new Dictionary<string, IReadOnlyDictionary<CellAddress, int>>();
            return ReadSheets(reader, indents, limits, problems);
        }
        catch (InvalidPasswordException)
        {
            Protected(problems);
            return [];
        }
        catch (Exception exception) when (exception is ExcelReaderException or InvalidDataException or IOException or FormatException
            or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NotSupportedException or System.Xml.XmlException)
        {
            problems.InWorkbook(DiagnosticCodes.WorkbookUnreadable,
                $"the workbook is damaged and cannot be read ({exception.Message.TrimEnd('.')}).",
                "a workbook that opens in Excel or WPS; save it again as .xlsx");
            return [];
        }
    }

    private static void Protected(ImportProblems problems) =>
        problems.InWorkbook(DiagnosticCodes.WorkbookProtected,
            "the workbook is protected by a password to open, so its cells cannot be read.",
            "the workbook saved without a password to open (Excel: File › Info › Protect Workbook › Encrypt with Password, cleared)");

    private static List<SheetGrid> ReadSheets(IExcelDataReader reader, IReadOnlyDictionary<string, IReadOnlyDictionary<CellAddress, int>> indents,
        ImportLimits limits, ImportProblems problems)
    {
        var sheets = new List<SheetGrid>();
        do
        {
            if (sheets.Count >= limits.MaxSheets)
            {
                problems.InWorkbook(DiagnosticCodes.WorkbookTooLarge, $"the workbook has more than {limits.MaxSheets} sheets; the rest were not read.", "one sheet per table of the report");
                break;
            }

            if (!string.Equals(reader.VisibleState, "visible", StringComparison.OrdinalIgnoreCase))
            {
                problems.Warning(DiagnosticCodes.HiddenCellsSkipped, reader.Name, new CellAddress(0, 0),
                    $"sheet '{reader.Name}' is hidden and was not imported.", "the sheet shown, if it holds a table of the report");
                continue;
            }

            sheets.Add(ReadSheet(reader, indents.GetValueOrDefault(reader.Name), limits, problems));
        }
        while (reader.NextResult());

        return sheets;
    }

    private static SheetGrid ReadSheet(IExcelDataReader reader, IReadOnlyDictionary<CellAddress, int>? indents, ImportLimits limits, ImportProblems problems)
    {
        var cells = new Dictionary<CellAddress, GridCell>();
        var hiddenRows = new HashSet<int>();
        var columns = 0;
        var row = 0;
        for (; reader.Read(); row++)
        {
            if (row >= limits.MaxRowsPerSheet)
            {
                problems.Error(DiagnosticCodes.WorkbookTooLarge, reader.Name, new CellAddress(row, 0),
                    $"sheet '{reader.Name}' has more than {limits.MaxRowsPerSheet} rows; import stops reading it here.",
                    "a sheet holding one table of the report");
                break;
            }

            if (reader.RowHeight <= 0)
            {
                hiddenRows.Add(row);
            }

            var width = Math.Min(reader.FieldCount, limits.MaxColumnsPerSheet);
            for (var column = 0; column < reader.FieldCount; column++)
            {
                var value = reader.GetValue(column);
                if (value is null || (value is string text && text.Length == 0))
                {
                    continue;
                }

                if (column >= width)
                {
                    problems.Error(DiagnosticCodes.WorkbookTooLarge, reader.Name, new CellAddress(row, column),
                        $"sheet '{reader.Name}' has a cell beyond column {limits.MaxColumnsPerSheet}; import reads no further to the right.",
                        "a sheet holding one table of the report");
                    break;
                }

                var address = new CellAddress(row, column);
                cells[address] = new GridCell(value, reader.GetNumberFormatString(column), indents?.GetValueOrDefault(address) ?? 0);
                columns = Math.Max(columns, column + 1);
            }
        }

        var hiddenColumns = new HashSet<int>();
        for (var column = 0; column < columns; column++)
        {
            if (reader.GetColumnWidth(column) <= 0)
            {
                hiddenColumns.Add(column);
            }
        }

        var merges = (reader.MergeCells ?? [])
            .Select(range => new CellRangeOnSheet(range.FromRow, range.FromColumn, range.ToRow, range.ToColumn))
            .ToList();
        return new SheetGrid(reader.Name, cells, merges, hiddenRows, hiddenColumns, row, columns);
    }

    private static bool UnpacksWithin(byte[] bytes, long bound)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return archive.Entries.Sum(entry => entry.Length) <= bound;
        }
        catch (InvalidDataException)
        {
            // A damaged package is reported when it is read.
            return true;
        }
    }

    private static string WhatItLooksLike(byte[] bytes)
    {
        if (bytes.Length >= 8 && bytes[0] == 0xD0 && bytes[1] == 0xCF)
        {
            return "it is an Office compound file with no workbook in it, or a damaged one";
        }

        var start = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 512)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (start.StartsWith('<'))
        {
            return start.Contains("<html", StringComparison.OrdinalIgnoreCase) || start.Contains("<table", StringComparison.OrdinalIgnoreCase)
                ? "it is an HTML page"
                : "it is an XML file, perhaps an Excel 2003 XML spreadsheet";
        }

        return bytes.Length == 0 ? "it is empty" : bytes.Take(512).Any(b => b == 0) ? "its bytes are of no known workbook format" : "it is a text file, perhaps CSV";
    }
}
