using BudgetSiteGen.Checking;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Checks;
using BudgetSiteGen.ViewModels.Pages;

namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>What every page kind of one department-year is built from: the report, its folder, its findings and its neighbours.</summary>
public sealed record PageKindContext(PageFactory Pages, DepartmentYear Year, string Folder, FindingAnchors Anchors)
{
    public AuditReport? Audit { get; init; }

    /// <summary>The department's comparison of years this report is part of, if it has one.</summary>
    public string? YearsComparison { get; init; }

    /// <summary>The department's other report of the same year: the budget a final account executed, or the final account of a budget.</summary>
    public PairedReport? Paired { get; init; }

    /// <summary>The byte sizes of the downloads already made, by site path; the downloads page gives the workbook's.</summary>
    public IReadOnlyDictionary<string, long> DownloadSizes { get; init; } = new Dictionary<string, long>();

    public UiText Text => Pages.Text;

    public ReportKind Kind => Year.Report.Kind;

    /// <summary>A page of the report with its trail and menu, the menu entry <paramref name="menuKey"/> marked as current.</summary>
    public PageJob Page(string path, string menuKey, string template, object content, string? title = null)
    {
        var heading = title ?? Text.ForKind(menuKey, Kind);
        var model = Pages.Page(path, heading, Pages.DepartmentYearTrail(path, Year, Folder, heading), content,
            Pages.Menu(path, Folder, Year, menuKey), Pages.SourceNote(Year), Year, Anchors);
        return new PageJob(path, template, model);
    }

    public string Relative(string fromPage, string toPath) => SitePaths.Relative(fromPage, toPath);
}
