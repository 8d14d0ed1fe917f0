using System.Globalization;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Publishing;

/// <summary>One department-year as an Atom entry; <see cref="Updated"/> comes from the data, never from the clock.</summary>
public sealed record FeedEntry(string Path, string Title, string Author, string Summary, string Updated)
{
    public static FeedEntry Of(DepartmentYear year, string path, string title) =>
        new(path, title, year.Source?.Publisher ?? year.Department.Name, year.Report.Title,
            (year.Source?.Published ?? new DateOnly(year.Report.Year, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z");
}
