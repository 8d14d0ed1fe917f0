using System.Globalization;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Comparison;

namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>
/// The comparison pages: for each department kind, year and report kind, every jurisdiction that has it;
/// for each department with two or more years, its years side by side. Only the latest edition of a
/// department-year is compared.
/// </summary>
public sealed class ComparisonPages(PageFactory pages)
{
    private UiText Text => pages.Text;

    private SiteIndex Index => pages.Index;

    public IEnumerable<PageJob> Build()
    {
        foreach (var group in Current().GroupBy(y => (y.Department.KindId, y.Report.Year, y.Report.Kind)).Where(g => g.Count() >= 2).OrderBy(g => g.Key.KindId, StringComparer.Ordinal).ThenBy(g => g.Key.Year))
        {
            yield return KindYear(group.Key.KindId, group.Key.Year, group.Key.Kind, group.OrderBy(y => y.JurisdictionCode, StringComparer.Ordinal).ToList());
        }

        foreach (var department in Current().GroupBy(y => (y.JurisdictionCode, y.Department.Slug, y.Report.Kind)).Where(g => g.Count() >= 2))
        {
            yield return Years(department.OrderBy(y => y.Report.Year).ToList());
        }
    }

    /// <summary>The links to the comparisons a department-year takes part in, for its overview page.</summary>
    public IReadOnlyList<LinkItem> For(DepartmentYear year, string fromPage)
    {
        var links = new List<LinkItem>();
        if (Index.Current.Count(y => y.Department.KindId == year.Department.KindId && y.Report.Year == year.Report.Year && y.Report.Kind == year.Report.Kind) >= 2)
        {
            links.Add(new LinkItem(KindTitle(year.Department.KindId, year.Report.Year, year.Report.Kind),
                SitePaths.Relative(fromPage, SitePaths.KindComparison(year.Department.KindId, year.Report.Year, year.Report.Kind))));
        }

        if (Index.Current.Count(y => y.JurisdictionCode == year.JurisdictionCode && y.Department.Slug == year.Department.Slug && y.Report.Kind == year.Report.Kind) >= 2)
        {
            links.Add(new LinkItem(Text.Format("comparison_years_title", year.Department.Name),
                SitePaths.Relative(fromPage, SitePaths.YearsComparison(Index.JurisdictionOf(year), year))));
        }

        return links;
    }

    /// <summary>Every comparison page, for the home page.</summary>
    public IReadOnlyList<LinkItem> All(string fromPage) => Build().Select(job => new LinkItem(job.Model.Title, SitePaths.Relative(fromPage, job.Path))).ToList();

    private IReadOnlyList<DepartmentYear> Current() => Index.Current;

    private string KindTitle(string kindId, int year, ReportKind kind) =>
        Text.Format("comparison_kind_title", Index.KindName(kindId), pages.YearLabel(new DepartmentYear(string.Empty, new ReportInfo(kind, year, string.Empty, MoneyUnit.TenThousandYuan, 1),
            string.Empty, new Department(string.Empty, string.Empty, kindId, kindId), new Overview(null, null, null), [], [], Performance.None, null, [], null, [])));

    private PageJob KindYear(string kindId, int year, ReportKind kind, List<DepartmentYear> years)
    {
        var path = SitePaths.KindComparison(kindId, year, kind);
        var columns = years.Select((y, i) =>
        {
            var jurisdiction = Index.JurisdictionOf(y);
            var level = Text.Get($"level_{jurisdiction.Level.ToString().ToLowerInvariant()}");
            return new ComparisonColumn(jurisdiction.Code, jurisdiction.Name, $"{level} · {y.Department.Name}",
                SitePaths.Relative(path, SitePaths.Overview(SitePaths.DepartmentYearFolder(jurisdiction, y))), i);
        }).ToList();
        var levels = years.Select(y => Index.JurisdictionOf(y).Level).Distinct().Count();
        var intro = Text.Get(levels > 1 ? "comparison_kind_intro_levels" : "comparison_kind_intro");
        var content = new ComparisonBuilder(Text, Index.Content.IndicatorAliases).Build(years, columns, byYear: false, intro);
        var title = KindTitle(kindId, year, kind);
        return new PageJob(path, "comparison", pages.Page(path, title, [new Crumb(Text.Get("home"), SitePaths.Relative(path, SitePaths.Home)), new Crumb(title, null)], content));
    }

    private PageJob Years(List<DepartmentYear> years)
    {
        var first = years[^1];
        var jurisdiction = Index.JurisdictionOf(first);
        var path = SitePaths.YearsComparison(jurisdiction, first);
        var columns = years.Select((y, i) => new ComparisonColumn(
            "y" + y.Report.Year.ToString(CultureInfo.InvariantCulture), pages.YearLabel(y), y.Report.Title,
            SitePaths.Relative(path, SitePaths.Overview(SitePaths.DepartmentYearFolder(jurisdiction, y))), i)).ToList();
        var content = new ComparisonBuilder(Text, Index.Content.IndicatorAliases).Build(years, columns, byYear: true, Text.Get("comparison_years_intro"));
        var title = Text.Format("comparison_years_title", first.Department.Name);
        var trail = pages.JurisdictionTrail(path, jurisdiction);
        trail.Add(new Crumb(first.Department.Name, SitePaths.Relative(path, SitePaths.Department(jurisdiction, first))));
        trail.Add(new Crumb(title, null));
        return new PageJob(path, "comparison", pages.Page(path, title, trail, content));
    }
}
