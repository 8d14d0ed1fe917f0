using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Pages;

namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>概览: the report's key figures and charts, its sections and its tables.</summary>
public sealed class OverviewKind : DepartmentYearPageKind
{
    public override string MenuKey => "menu_overview";

    public override bool OnOverview => false;

    public override string? Address(string folder) => SitePaths.Overview(folder);

    public override IEnumerable<PageJob> Build(PageKindContext c)
    {
        var path = SitePaths.Overview(c.Folder);
        var overview = new OverviewBuilder(c.Pages);
        var (figures, charts) = overview.Build(c.Year, c.Folder, path);
        var sections = PageKindRegistry.All.Where(kind => kind.OnOverview).Select(kind => kind.OverviewLink(c, path)).OfType<LinkItem>().ToList();
        var content = new OverviewContent(c.Year.Report.Title, figures, charts, sections, TablesKind.Links(c, path))
        {
            TablesHeading = c.Text.ForKind("menu_tables", c.Kind),
            Comparisons = new ComparisonPages(c.Pages).For(c.Year.Department.KindId, c.Year.Report.Year, c.Kind, c.Year.Department.Name, c.YearsComparison, path),
            UnitNote = overview.UnitNote(c.Year),
        };
        var title = $"{c.Year.Department.Name} {c.Pages.YearLabel(c.Year)}";
        var model = c.Pages.Page(path, title, c.Pages.DepartmentYearTrail(path, c.Year, c.Folder, null), content,
            c.Pages.Menu(path, c.Folder, c.Year, MenuKey), c.Pages.SourceNote(c.Year), c.Year);
        yield return new PageJob(path, "overview", model);
    }

    public override IEnumerable<SearchEntry> Search(PageKindContext c) =>
    [
        new(SitePaths.Overview(c.Folder), $"{c.Year.Department.Name} {c.Pages.YearLabel(c.Year)}", "overview",
            [new(c.Year.Report.Title, SearchWeight.Name), new(string.Join(" ", c.Year.Tables.Select(t => t.FullTitle)), SearchWeight.Body)]),
    ];
}
