using BudgetSiteGen.SiteTests.Accessibility;
using BudgetSiteGen.SiteTests.Layout;
using BudgetSiteGen.SiteTests.Links;
using BudgetSiteGen.SiteTests.Support;
using BudgetSiteGen.SiteTests.Tables;

namespace BudgetSiteGen.SiteTests.Execution;

/// <summary>
/// The browser checks every page of the real site passes, run on the site of a department with both reports of a year:
/// its 预算执行 page pairs them, its tables print codes in parts, blocks, an unreadable cell and a 完成率.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class PairedReportsPagesTests(PairedReportsSite site)
{
    [Fact]
    public void The_site_has_the_page_types_these_checks_are_for()
    {
        Assert.Contains("shanghai-putuo/audit/2024-final/execution.html", site.HtmlPages);
        Assert.Contains("class=\"num unreadable\"", File.ReadAllText(site.FileOf("shanghai-putuo/audit/2024-final/tables/7.html")));
        Assert.Contains("id=\"pairs-paired-functions\"", File.ReadAllText(site.FileOf("shanghai-putuo/audit/2024-final/execution.html")));
    }

    [Fact]
    public Task Every_page_has_no_WCAG_A_or_AA_violation() => AxeAccessibilityTests.AssertNoViolationsAsync(site);

    [Fact]
    public Task No_page_scrolls_sideways_and_every_wide_table_scrolls_in_a_keyboard_reachable_region() => NarrowViewportTests.AssertReflowsAsync(site);

    [Fact]
    public void Every_internal_link_leads_to_a_file_and_every_fragment_to_an_id() => InternalLinkTests.AssertLinksResolve(site);

    [Fact]
    public void Every_table_page_shows_every_figure_of_the_data_in_its_row_and_column_and_nothing_else() => TableFigureTests.AssertFiguresInPlace(site);
}
