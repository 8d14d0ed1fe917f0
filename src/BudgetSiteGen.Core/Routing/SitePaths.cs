using System.Globalization;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Routing;

/// <summary>
/// The URL scheme: stable, lowercase ASCII paths derived only from the data (slugs, codes, years,
/// table numbers), so the same data always has the same address. Documented in docs/urls.md.
/// Every path is relative to the site root and ends in a file name, so pages work from file://.
/// </summary>
public static class SitePaths
{
    public const string Home = "index.html";

    public static string JurisdictionFolder(Jurisdiction jurisdiction) => jurisdiction.Slug;

    public static string DepartmentYearFolder(Jurisdiction jurisdiction, DepartmentYear year)
    {
        var edition = year.Report.Kind == ReportKind.FinalAccounts ? "final" : "budget";
        return string.Create(CultureInfo.InvariantCulture, $"{jurisdiction.Slug}/{year.Department.Slug}/{year.Report.Year}-{edition}");
    }

    public static string DepartmentYearIndex(Jurisdiction jurisdiction, DepartmentYear year) =>
        DepartmentYearFolder(jurisdiction, year) + "/index.html";

    /// <summary>A relative link from the page at <paramref name="fromPage"/> to <paramref name="toPath"/>, both root-relative.</summary>
    public static string Relative(string fromPage, string toPath)
    {
        var depth = fromPage.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth)) + toPath;
    }
}
