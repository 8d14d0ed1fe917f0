using System.Globalization;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Routing;

/// <summary>
/// The URL scheme: stable, lowercase ASCII paths derived only from the data (slugs, years, table
/// numbers, card ids), so the same data always has the same address. Documented in docs/urls.md.
/// Paths are relative to the site root and always end in a file name, so pages work from file://.
/// </summary>
public static class SitePaths
{
    public const string Home = "index.html";
    public const string NotFound = "404.html";
    public const string Stylesheet = "assets/site.css";

    /// <summary>The theme's icon, linked from every page so that browsers do not ask for a missing /favicon.ico.</summary>
    public const string Favicon = "assets/favicon.svg";

    /// <summary>The SHA-256 of every file of the site, at its root.</summary>
    public const string Manifest = "manifest-sha256.txt";

    /// <summary>The Frictionless data package listing every table's CSV, at the site root.</summary>
    public const string DataPackage = "datapackage.json";

    public static string Jurisdiction(Jurisdiction jurisdiction) => $"{jurisdiction.Slug}/index.html";

    public static string Department(Jurisdiction jurisdiction, DepartmentYear year) =>
        $"{jurisdiction.Slug}/{year.Department.Slug}/index.html";

    /// <summary>
    /// {jurisdiction}/{department}/{year}-{budget|final}; a corrected republication (edition 2 and up)
    /// gets its own folder with -e2, -e3 … so the earlier edition keeps its address.
    /// </summary>
    public static string DepartmentYearFolder(Jurisdiction jurisdiction, DepartmentYear year) =>
        year.IsSuperseded ? EditionFolder(jurisdiction, year) : PlainFolder(jurisdiction, year);

    /// <summary>The address that always shows the latest edition of a report.</summary>
    public static string PlainFolder(Jurisdiction jurisdiction, DepartmentYear year)
    {
        var kind = year.Report.Kind == ReportKind.FinalAccounts ? "final" : "budget";
        return string.Create(CultureInfo.InvariantCulture, $"{jurisdiction.Slug}/{year.Department.Slug}/{year.Report.Year}-{kind}");
    }

    /// <summary>The permanent address of one edition, written for every edition once a report has more than one.</summary>
    public static string EditionFolder(Jurisdiction jurisdiction, DepartmentYear year) =>
        string.Create(CultureInfo.InvariantCulture, $"{PlainFolder(jurisdiction, year)}-e{year.Report.Edition}");

    public static string Editions(string plainFolder) => $"{plainFolder}/editions.html";

    public static string Overview(string folder) => $"{folder}/index.html";

    public static string Profile(string folder) => $"{folder}/profile.html";

    public static string TablesIndex(string folder) => $"{folder}/tables/index.html";

    public static string Table(string folder, int number) => string.Create(CultureInfo.InvariantCulture, $"{folder}/tables/{number}.html");

    /// <summary>预算执行: a final account's figures beside the budgets they executed (final accounts only).</summary>
    public static string Execution(string folder) => $"{folder}/execution.html";

    public static string Narrative(string folder) => $"{folder}/narrative.html";

    public static string Assets(string folder) => $"{folder}/assets.html";

    public static string OtherNotes(string folder) => $"{folder}/other.html";

    public static string Glossary(string folder) => $"{folder}/glossary.html";

    public static string PerformanceIndex(string folder) => $"{folder}/performance/index.html";

    public static string DepartmentForm(string folder) => $"{folder}/performance/department.html";

    public static string Card(string folder, string cardId) => $"{folder}/performance/{cardId}.html";

    public static string Source(string folder) => $"{folder}/source.html";

    public static string Checks(string folder) => $"{folder}/checks.html";

    public static string Downloads(string folder) => $"{folder}/downloads.html";

    /// <summary>公开合规: the report against the disclosure checklist.</summary>
    public static string Disclosure(string folder) => $"{folder}/disclosure.html";

    /// <summary>Every department-year against every checklist item, and the same table as CSV.</summary>
    public const string AllDisclosure = "disclosure.html";

    public const string AllDisclosureCsv = "disclosure.csv";

    public const string Search = "search.html";

    /// <summary>A kind of department compared across jurisdictions for one year and report kind.</summary>
    public static string KindComparison(string kindId, int year, ReportKind kind) =>
        string.Create(CultureInfo.InvariantCulture, $"compare/{KindYear(kindId, year, kind)}.html");

    /// <summary>One region's part of a kind-and-year comparison too wide for one page.</summary>
    public static string KindComparison(string kindId, int year, ReportKind kind, Jurisdiction region) =>
        string.Create(CultureInfo.InvariantCulture, $"compare/{KindYear(kindId, year, kind)}/{region.Slug}.html");

    private static string KindYear(string kindId, int year, ReportKind kind) =>
        string.Create(CultureInfo.InvariantCulture, $"{kindId}-{year}-{(kind == ReportKind.FinalAccounts ? "final" : "budget")}");

    /// <summary>
    /// One department across its years, one page per kind of report: budgets beside budgets (compare.html, the address
    /// it always had) and final accounts beside final accounts (compare-final.html).
    /// </summary>
    public static string YearsComparison(Jurisdiction jurisdiction, DepartmentYear year) =>
        year.Report.Kind == ReportKind.FinalAccounts
            ? $"{jurisdiction.Slug}/{year.Department.Slug}/compare-final.html"
            : $"{jurisdiction.Slug}/{year.Department.Slug}/compare.html";

    public static string Sitemap(Jurisdiction jurisdiction) => $"sitemap/{jurisdiction.Slug}.html";

    /// <summary>The site-wide summary of findings.</summary>
    public const string AllChecks = "checks.html";

    /// <summary>A relative link from the page at <paramref name="fromPage"/> to <paramref name="toPath"/>, both root-relative.</summary>
    public static string Relative(string fromPage, string toPath) => RootOf(fromPage) + toPath;

    /// <summary>The relative prefix from a page back to the site root: "" at the top, "../" one folder down.</summary>
    public static string RootOf(string page) => string.Concat(Enumerable.Repeat("../", page.Count(c => c == '/')));
}
