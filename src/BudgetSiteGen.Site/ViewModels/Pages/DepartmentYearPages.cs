using BudgetSiteGen.Checking;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Checks;
using BudgetSiteGen.ViewModels.PageKinds;

namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>Every page of one department-year, kind by kind as <see cref="PageKindRegistry"/> lists them.</summary>
public sealed class DepartmentYearPages(PageFactory pages)
{
    /// <summary>The byte sizes of the downloads already made, by site path; the downloads page gives the workbook's.</summary>
    public IReadOnlyDictionary<string, long> DownloadSizes { get; init; } = new Dictionary<string, long>();

    /// <param name="yearsComparison">The department's comparison of years this report is part of, if it has one.</param>
    /// <param name="paired">The department's other report of the same year: the budget a final account executed, or the final account of a budget.</param>
    public IEnumerable<PageJob> Build(DepartmentYear year, AuditReport? audit = null, string? folderOverride = null, string? yearsComparison = null,
        PairedReport? paired = null)
    {
        var context = Context(year, audit, folderOverride) with { YearsComparison = yearsComparison, Paired = paired, DownloadSizes = DownloadSizes };
        return PageKindRegistry.All.Where(kind => kind.AppliesTo(year)).SelectMany(kind => kind.Build(context));
    }

    /// <summary>Only the table pages (a preview of the figures, and the benchmark's page set).</summary>
    public IEnumerable<PageJob> Tables(DepartmentYear year, AuditReport? audit = null, string? folderOverride = null) =>
        PageKindRegistry.Tables.TablePages(Context(year, audit, folderOverride));

    private PageKindContext Context(DepartmentYear year, AuditReport? audit, string? folderOverride)
    {
        var folder = folderOverride ?? SitePaths.DepartmentYearFolder(pages.Index.JurisdictionOf(year), year);
        return new PageKindContext(pages, year, folder, new FindingAnchors(audit, folder, pages.Text)) { Audit = audit };
    }
}
