using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;

namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// Where a table's page is, asked of the site's own URL scheme (SitePaths, documented in docs/urls.md)
/// in this one place, so the tests follow the scheme rather than restate it.
/// </summary>
public static class TablePagePaths
{
    public static string For(Jurisdiction jurisdiction, DepartmentYear year, BudgetTable table) =>
        SitePaths.Table(SitePaths.DepartmentYearFolder(jurisdiction, year), table.Number);
}
