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
/// A kind's page with more than <see cref="MaxColumns"/> jurisdictions becomes a list of the regions one level down
/// the jurisdiction tree (provinces, then their cities, …), each compared on its own page or listed again, so no
/// page grows with the size of the country.
/// </summary>
public sealed class ComparisonPages(PageFactory pages)
{
    /// <summary>
    /// Jurisdictions compared on one page at most: a page without columns is some 17 KB and each column adds up to
    /// about 10 KB of figures (measured on the synthetic portal), so a page stays under 100 KB.
    /// </summary>
    public const int MaxColumns = 6;

    private UiText Text => pages.Text;

    private SiteIndex Index => pages.Index;

    /// <summary>The kind-and-year pages, from the current department-years of the whole site.</summary>
    public IEnumerable<PageJob> KindYears(IReadOnlyList<DepartmentYearSummary> current)
    {
        foreach (var group in current.GroupBy(y => (y.KindId, y.Year, y.Kind)).OrderBy(g => g.Key.KindId, StringComparer.Ordinal).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.Kind))
        {
            var (kindId, year, kind) = group.Key;
            var years = group.OrderBy(y => y.JurisdictionCode, StringComparer.Ordinal).ToList();
            var path = SitePaths.KindComparison(kindId, year, kind);
            foreach (var job in Region(new RegionScope(kindId, year, kind, KindTitle(kindId, year, kind)), path, KindTitle(kindId, year, kind), years, 0, []))
            {
                yield return job;
            }
        }
    }

    private sealed record RegionScope(string KindId, int Year, ReportKind Kind, string KindTitle);

    /// <summary>
    /// One comparison page while the jurisdictions fit on it; otherwise a list of the regions one level further down
    /// the jurisdiction tree (each compared on its own page, or listed again), and a jurisdiction that cannot be split
    /// (its own department-years) in parts of at most <see cref="MaxColumns"/>.
    /// </summary>
    private IEnumerable<PageJob> Region(RegionScope scope, string path, string title, List<DepartmentYearSummary> years, int depth, IReadOnlyList<LinkItem> parents)
    {
        if (years.Count <= MaxColumns)
        {
            yield return KindYear(path, title, scope.Kind, years, parents);
            yield break;
        }

        var groups = years.GroupBy(y => Index.Lineage(Index.Jurisdiction(y.JurisdictionCode)) is var lineage && lineage.Count > depth ? lineage[depth] : null).ToList();
        if (groups.Count == 1 && groups[0].Key is not null)
        {
            // A level with a single region adds nothing to read: go on below it at the same address.
            foreach (var job in Region(scope, path, title, years, depth + 1, parents))
            {
                yield return job;
            }

            yield break;
        }

        var links = new List<LinkItem>();
        var here = parents.Append(new LinkItem(title, path)).ToList();
        var pack = new List<IGrouping<Jurisdiction?, DepartmentYearSummary>>();
        var part = 0;
        IEnumerable<PageJob> Flush()
        {
            if (pack.Count == 0)
            {
                yield break;
            }

            var columns = pack.SelectMany(g => g).ToList();
            var names = pack.Select(g => g.Key?.Name ?? Index.Jurisdiction(g.First().JurisdictionCode).Name).ToList();
            var partPath = SitePaths.ComparisonPart(path, ++part);
            var partTitle = Text.Format("comparison_region_title", scope.KindTitle, names.Count == 1 ? names[0] : Text.Format("comparison_part_range", names[0], names[^1]));
            links.Add(new LinkItem(partTitle, SitePaths.Relative(path, partPath), Text.Format("comparison_region_count", Count(columns.Count))));
            pack.Clear();
            yield return KindYear(partPath, partTitle, scope.Kind, columns, here);
        }

        foreach (var group in groups)
        {
            if (group.Count() > MaxColumns && group.Key is { } region)
            {
                // A region too wide for one page is split again, one level further down, under a page of its own.
                foreach (var job in Flush())
                {
                    yield return job;
                }

                var regionPath = SitePaths.KindComparison(scope.KindId, scope.Year, scope.Kind, region);
                var regionTitle = Text.Format("comparison_region_title", scope.KindTitle, region.Name);
                links.Add(new LinkItem(regionTitle, SitePaths.Relative(path, regionPath), Text.Format("comparison_region_count", Count(group.Count()))));
                foreach (var job in Region(scope, regionPath, regionTitle, group.ToList(), depth + 1, here))
                {
                    yield return job;
                }

                continue;
            }

            // Regions that fit share pages, side by side in code order, up to MaxColumns jurisdictions a page; the
            // jurisdiction this page is about (its own department-years, the group without a region) likewise.
            foreach (var chunk in group.Chunk(MaxColumns))
            {
                if (pack.Sum(g => g.Count()) + chunk.Length > MaxColumns)
                {
                    foreach (var job in Flush())
                    {
                        yield return job;
                    }
                }

                pack.Add(chunk.GroupBy(_ => group.Key).Single());
            }
        }

        foreach (var job in Flush())
        {
            yield return job;
        }

        var index = new ListingContent(Text.Get("comparison_regions_intro"), [], []) { Comparisons = links };
        yield return new PageJob(path, "listing", pages.Page(path, title, Trail(path, title, parents), index));
    }

    private List<Crumb> Trail(string path, string title, IReadOnlyList<LinkItem> parents)
    {
        var trail = new List<Crumb> { new(Text.Get("home"), SitePaths.Relative(path, SitePaths.Home)) };
        trail.AddRange(parents.Select(p => new Crumb(p.Label, SitePaths.Relative(path, p.Href))));
        trail.Add(new Crumb(title, null));
        return trail;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

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

    /// <summary>Departments' comparisons of years the home page lists at most; beyond, each is found on its department's page.</summary>
    public const int HomeYearsComparisons = 30;

    /// <summary>
    /// The comparison pages for the home page: every kind-and-year page, and the departments' comparisons of years
    /// while there are at most <see cref="HomeYearsComparisons"/> (one per department would grow with the portal).
    /// </summary>
    public IReadOnlyList<LinkItem> All(IReadOnlyList<DepartmentYearSummary> current, string fromPage)
    {
        var kinds = current.Select(y => (y.KindId, y.Year, y.Kind)).Distinct().OrderBy(k => k.KindId, StringComparer.Ordinal).ThenBy(k => k.Year).ThenBy(k => k.Kind)
            .Select(k => new LinkItem(KindTitle(k.KindId, k.Year, k.Kind), SitePaths.Relative(fromPage, SitePaths.KindComparison(k.KindId, k.Year, k.Kind))));
        var years = current.Where(y => y.YearsComparison is not null).DistinctBy(y => y.YearsComparison).ToList();
        return years.Count > HomeYearsComparisons ? kinds.ToList() :
            kinds.Concat(years.Select(y => new LinkItem(YearsTitle(y.DepartmentName, y.Kind), SitePaths.Relative(fromPage, y.YearsComparison!)))).ToList();
    }

    /// <summary>Names the kind of report compared, since a department's budgets and its final accounts have a page each.</summary>
    public string YearsTitle(string departmentName, ReportKind kind) =>
        Text.Format(kind == ReportKind.FinalAccounts ? "comparison_years_title_final" : "comparison_years_title", departmentName);

    private string KindTitle(string kindId, int year, ReportKind kind) =>
        Text.Format("comparison_kind_title", Index.KindName(kindId), pages.YearLabel(year, kind, 1));

    private PageJob KindYear(string path, string title, ReportKind kind, List<DepartmentYearSummary> years, IReadOnlyList<LinkItem> parents)
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
        return new PageJob(path, "comparison", pages.Page(path, title, Trail(path, title, parents), content));
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
