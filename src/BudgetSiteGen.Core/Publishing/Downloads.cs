using System.Globalization;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Publishing;

/// <summary>The open-data files beside a department-year's pages: its canonical JSON and one CSV per table.</summary>
public static class Downloads
{
    public static string Json(string folder) => $"{folder}/downloads/report.json";

    public static string Csv(string folder, int table) => string.Create(CultureInfo.InvariantCulture, $"{folder}/downloads/table-{table}.csv");

    public static IEnumerable<(string Path, byte[] Content)> For(DepartmentYear year, string folder)
    {
        if (CanonicalJson.Write(year.SourceFile) is { } json)
        {
            yield return (Json(folder), json);
        }

        foreach (var table in year.Tables)
        {
            yield return (Csv(folder, table.Number), TableCsv.Write(table));
        }
    }
}
