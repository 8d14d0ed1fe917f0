using System.Globalization;
using BudgetSiteGen.Exporting;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Publishing;

/// <summary>
/// The open-data files beside a department-year's pages: its canonical JSON, one CSV per table, and every table
/// in one Excel workbook laid out as printed.
/// </summary>
public static class Downloads
{
    public static string Json(string folder) => $"{folder}/downloads/report.json";

    public static string Csv(string folder, int table) => string.Create(CultureInfo.InvariantCulture, $"{folder}/downloads/table-{table}.csv");

    public static string Workbook(string folder) => $"{folder}/downloads/report.xlsx";

    public static IEnumerable<(string Path, byte[] Content)> For(DepartmentYear year, string folder, WorkbookWords words, string dataVersion)
    {
        if (CanonicalJson.Write(year.SourceFile) is { } json)
        {
            yield return (Json(folder), json);
        }

        foreach (var table in year.Tables)
        {
            yield return (Csv(folder, table.Number), TableCsv.Write(table));
        }

        if (year.Tables.Count > 0)
        {
            yield return (Workbook(folder), ReportWorkbook.Write(year, words, dataVersion));
        }
    }
}
