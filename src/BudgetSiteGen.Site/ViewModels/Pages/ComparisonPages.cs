using System.Globalization;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Comparison;

namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>
/// The comparison pages: for each department kind, year and report kind, every jurisdiction that has it;
/// for each department with two or more years, its years side by side. Only the latest edition of a
/// department-year is compared. A kind's page exists as soon as one jurisdiction publishes, so that a
/// department's pages can link to it without knowing the rest of the site.
/// A kind's page with more than <see cref="MaxColumns"/> jurisdictions from more than one top-level region
/// (province) becomes a list of one page per region, so no page grows with the size of the country.
/// </summary>
public sealed class ComparisonPages(PageFactory pages)
{
    public const int MaxColumns = 60;

    private UiText Text => pages.Text;

    private SiteIndex Index => pages.Index;

    /// <summary>The kind-and-year pages, from the current department-years of the whole site.</summary>
    public IEnumerable<PageJob> KindYears(IReadOnlyList<DepartmentYearSummary> current)
    {
        foreach (var group in current.GroupBy(y => (y.KindId, y.Year, y.Kind)).OrderBy(g => g.Key.KindId, StringComparer.Ordinal).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.Kind))
        {
            var (kindId, year, kind) = group.Key;
            var years = group.OrderBy(y => y.JurisdictionCode, StringComparer.Ordinal).ToList();
            var regions = years.GroupBy(y => Index.Lineage(Index.Jurisdiction(y.JurisdictionCode))[0]).ToList();
            var path = SitePaths.KindComparison(kindId, year, kind);
            if (years.Count <= MaxColumns || regions.Count == 1)
            {
                yield return KindYear(path, KindTitle(kindId, year, kind), kind, years);
                continue;
            }

            var links = new List<LinkItem>();
            foreach (var region in regions)
            {
                var regionPath = SitePaths.KindComparison(kindId, year, kind, region.Key);
                var title = Text.Format("comparison_region_title", KindTitle(kindId, year, kind), region.Key.Name);
                links.Add(new LinkItem(title, SitePaths.Relative(path, regionPath), Text.Format("comparison_region_count", region.Count().ToString(CultureInfo.InvariantCulture))));
                yield return KindYear(regionPath, title, kind, region.ToList(), new LinkItem(KindTitle(kindId, year, kind), path));
            }

            var heading = KindTitle(kindId, year, kind);
            var index = new ListingContent(Text.Get("comparison_regions_intro"), [], []) { Comparisons = links };
            yield return new PageJob(path, "listing", pages.Page(path, heading, [new Crumb(Text.Get("home"), SitePaths.Relative(path, SitePaths.Home)), new Crumb(heading, null)], index));
        }
    }

    /// <summary>The links to the comparisons a department-year takes part in.</summary>
    public IReadOnlyList<LinkItem> For(string kindId, int year, ReportKind kind, string departmentName, string? yearsComparison, string fromPage)
    {
        var links = new List<LinkItem>
        {
            new(KindTitle(kindId, year, kind), SitePaths.Relative(fromPage, SitePaths.KindComparison(kindId, year, kind))),
        };
        if (yearsComparison is not null)
        {
            links.Add(new LinkItem(YearsTitle(departmentName, kind), SitePaths.Relative(fromPage, yearsComparison)));
        }

        return links;
    }

    /// <summary>Every comparison page, for the home page.</summary>
    public IReadOnlyList<LinkItem> All(IReadOnlyList<DepartmentYearSummary> current, string fromPage) =>
        current.Select(y => (y.KindId, y.Year, y.Kind)).Distinct().OrderBy(k => k.KindId, StringComparer.Ordinal).ThenBy(k => k.Year).ThenBy(k => k.Kind)
            .Select(k => new LinkItem(KindTitle(k.KindId, k.Year, k.Kind), SitePaths.Relative(fromPage, SitePaths.KindComparison(k.KindId, k.Year, k.Kind))))
            .Concat(current.Where(y => y.YearsComparison is not null).DistinctBy(y => y.YearsComparison)
                .Select(y => new LinkItem(YearsTitle(y.DepartmentName, y.Kind), SitePaths.Relative(fromPage, y.YearsComparison!))))
            .ToList();

    /// <summary>Names the kind of report compared, since a department's budgets and its final accounts have a page each.</summary>
    public string YearsTitle(string departmentName, ReportKind kind) =>
        Text.Format(kind == ReportKind.FinalAccounts ? "comparison_years_title_final" : "comparison_years_title", departmentName);

    private string KindTitle(string kindId, int year, ReportKind kind) =>
        Text.Format("comparison_kind_title", Index.KindName(kindId), pages.YearLabel(year, kind, 1));

    private PageJob KindYear(string path, string title, ReportKind kind, List<DepartmentYearSummary> years, LinkItem? parent = null)
    {
        var columns = years.Select((y, i) =>
        {
            var jurisdiction = Index.Jurisdiction(y.JurisdictionCode);
            var level = Text.Get($"level_{jurisdiction.Level.ToString().ToLowerInvariant()}");
            return new ComparisonColumn(jurisdiction.Code, jurisdiction.Name, $"{level} · {y.DepartmentName}",
                SitePaths.Relative(path, SitePaths.Overview(y.Folder)), i);
        }).ToList();
        var levels = years.Select(y => Index.Jurisdiction(y.JurisdictionCode).Level).Distinct().Count();
        var final = kind == ReportKind.FinalAccounts ? "_final" : string.Empty;
        var intro = Text.Get((levels > 1 ? "comparison_kind_intro_levels" : "comparison_kind_intro") + final);
        var content = new ComparisonBuilder(Text).Build(years.Select(y => y.Facts!).ToList(), columns, byYear: false, intro);
        var trail = new List<Crumb> { new(Text.Get("home"), SitePaths.Relative(path, SitePaths.Home)) };
        if (parent is not null)
        {
            trail.Add(new Crumb(parent.Label, SitePaths.Relative(path, parent.Href)));
        }

        trail.Add(new Crumb(title, null));
        return new PageJob(path, "comparison", pages.Page(path, title, trail, content));
    }

    /// <summary>One department's years of one report kind (given oldest first), shown newest first, each with its change from the year before.</summary>
    public PageJob Years(IReadOnlyList<(DepartmentYear Year, ComparisonFacts Facts)> oldestFirst)
    {
        var years = oldestFirst.Reverse().ToList();
        var first = years[0].Year;
        var kind = first.Report.Kind;
        var jurisdiction = Index.JurisdictionOf(first);
        var path = SitePaths.YearsComparison(jurisdiction, first);
        var columns = years.Select((y, i) => new ComparisonColumn(
            "y" + y.Year.Report.Year.ToString(CultureInfo.InvariantCulture), pages.YearLabel(y.Year), y.Year.Report.Title,
            SitePaths.Relative(path, SitePaths.Overview(SitePaths.DepartmentYearFolder(jurisdiction, y.Year))), i)).ToList();
        var intro = Text.Get(kind == ReportKind.FinalAccounts ? "comparison_years_intro_final" : "comparison_years_intro");
        var content = new ComparisonBuilder(Text).Build(years.Select(y => y.Facts).ToList(), columns, byYear: true, intro);
        var title = YearsTitle(first.Department.Name, kind);
        var trail = pages.JurisdictionTrail(path, jurisdiction);
        trail.Add(new Crumb(first.Department.Name, SitePaths.Relative(path, SitePaths.Department(jurisdiction, first))));
        trail.Add(new Crumb(title, null));
        return new PageJob(path, "comparison", pages.Page(path, title, trail, content));
    }
}
