using BudgetSiteGen.Formatting;
using System.Globalization;
using BudgetSiteGen.Checking;
using BudgetSiteGen.Indexing;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Checks;

namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>The pages above department-years: home, one per jurisdiction and per department, and 404.</summary>
public sealed class SitePages(PageFactory pages, IReadOnlyList<AuditReport> audits)
{
    private UiText Text => pages.Text;

    private SiteIndex Index => pages.Index;

    public IEnumerable<PageJob> Build()
    {
        yield return Home();
        yield return NotFound();
        yield return AllChecks();
        yield return Search();
        foreach (var job in new ComparisonPages(pages).Build())
        {
            yield return job;
        }

        foreach (var jurisdiction in WithDepartmentYears())
        {
            yield return Sitemap(jurisdiction);
        }
        foreach (var jurisdiction in Index.Content.Jurisdictions.Where(Index.HasContent))
        {
            yield return Jurisdiction(jurisdiction);
        }

        foreach (var department in Index.Current.GroupBy(y => (y.JurisdictionCode, y.Department.Slug)))
        {
            yield return Department(department.ToList());
        }
    }

    private PageJob Home()
    {
        var path = SitePaths.Home;
        var home = new HomeBuilder(Index.Content, Text,
            j => SitePaths.Relative(path, SitePaths.Jurisdiction(j)),
            years => DepartmentEntry(path, years)).Build() with { Comparisons = new ComparisonPages(pages).All(path) };
        return new PageJob(path, "home", pages.Page(path, Index.Content.Site.Title, [], home));
    }

    private PageJob AllChecks()
    {
        var path = SitePaths.AllChecks;
        var rows = audits
            .OrderBy(a => a.Year.JurisdictionCode, StringComparer.Ordinal)
            .ThenBy(a => a.Year.Department.Name, StringComparer.Ordinal)
            .ThenByDescending(a => a.Year.Report.Year)
            .Select(a =>
            {
                var jurisdiction = Index.JurisdictionOf(a.Year);
                var folder = SitePaths.DepartmentYearFolder(jurisdiction, a.Year);
                return new ChecksSummaryRow(jurisdiction.Name, a.Year.Department.Name, pages.YearLabel(a.Year),
                    SitePaths.Relative(path, SitePaths.Checks(folder)), Count(a.Discrepancies), Count(a.Roundings));
            })
            .ToList();
        var content = new SiteChecksContent(rows, Count(audits.Sum(a => a.Discrepancies)), Count(audits.Sum(a => a.Roundings)));
        var title = Text.Get("site_checks_title");
        return new PageJob(path, "site-checks", pages.Page(path, title, [new Crumb(Text.Get("home"), SitePaths.Relative(path, SitePaths.Home)), new Crumb(title, null)], content));
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static readonly string[] PageTypes = ["overview", "table", "narrative", "performance", "glossary", "jurisdiction", "other"];

    private IEnumerable<Jurisdiction> WithDepartmentYears() =>
        Index.Content.Jurisdictions.Where(j => Index.Content.DepartmentYears.Any(y => y.JurisdictionCode == j.Code)).OrderBy(j => j.Code, StringComparer.Ordinal);

    private PageJob Search()
    {
        var path = SitePaths.Search;
        var types = PageTypes.Select(t => new OptionItem(t, Text.Get("type_" + t))).ToList();
        var sitemaps = WithDepartmentYears()
            .Select(j => new LinkItem(string.Join(" / ", Index.Lineage(j).Select(x => x.Name)), SitePaths.Relative(path, SitePaths.Sitemap(j))))
            .ToList();
        var title = Text.Get("search_title");
        return new PageJob(path, "search", pages.Page(path, title, [new Crumb(Text.Get("home"), SitePaths.Relative(path, SitePaths.Home)), new Crumb(title, null)],
            new SearchContent(types, sitemaps)));
    }

    private PageJob Sitemap(Jurisdiction jurisdiction)
    {
        var path = SitePaths.Sitemap(jurisdiction);
        var documents = new SearchDocumentBuilder(pages);
        var years = Index.Current
            .Where(y => y.JurisdictionCode == jurisdiction.Code)
            .OrderBy(y => y.Department.Name, StringComparer.Ordinal)
            .ThenByDescending(y => y.Report.Year)
            .Select(y => new SitemapYear($"{y.Department.Name} {pages.YearLabel(y)}",
                documents.Build(y).Select(d => new LinkItem(d.Title, SitePaths.Relative(path, d.Path))).ToList()))
            .ToList();
        var title = Text.Format("sitemap_title", jurisdiction.Name);
        var trail = new List<Crumb>
        {
            new(Text.Get("home"), SitePaths.Relative(path, SitePaths.Home)),
            new(Text.Get("search_title"), SitePaths.Relative(path, SitePaths.Search)),
            new(title, null),
        };
        return new PageJob(path, "sitemap", pages.Page(path, title, trail, new SitemapContent(years)));
    }

    private PageJob NotFound()
    {
        // A host serves 404.html at whatever address was missed, so no relative link is right everywhere;
        // the link is right when the page is opened as itself, and the text says to start from the home page.
        var path = SitePaths.NotFound;
        return new PageJob(path, "not-found", pages.Page(path, Text.Get("not_found_title"), [], new NotFoundContent(SitePaths.Home)));
    }

    private PageJob Jurisdiction(Jurisdiction jurisdiction)
    {
        var path = SitePaths.Jurisdiction(jurisdiction);
        var children = Index.Content.Jurisdictions
            .Where(j => j.ParentCode == jurisdiction.Code && Index.HasContent(j))
            .OrderBy(j => j.Code, StringComparer.Ordinal)
            .Select(j => new LinkItem(j.Name, SitePaths.Relative(path, SitePaths.Jurisdiction(j)), Text.Get($"level_{j.Level.ToString().ToLowerInvariant()}")))
            .ToList();
        var departments = Index.Current
            .Where(y => y.JurisdictionCode == jurisdiction.Code)
            .GroupBy(y => y.Department.Slug, StringComparer.Ordinal)
            .Select(g => DepartmentEntry(path, g.ToList()))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
        var trail = pages.JurisdictionTrail(path, jurisdiction);
        trail[^1] = new Crumb(jurisdiction.Name, null);
        var comparisons = new ComparisonPages(pages);
        var compared = Index.Content.DepartmentYears.Where(y => y.JurisdictionCode == jurisdiction.Code)
            .SelectMany(y => comparisons.For(y, path)).DistinctBy(l => l.Href).ToList();
        var content = new ListingContent(Text.Get($"level_{jurisdiction.Level.ToString().ToLowerInvariant()}"), children, departments) { Comparisons = compared };
        return new PageJob(path, "listing", pages.Page(path, jurisdiction.Name, trail, content));
    }

    private PageJob Department(List<DepartmentYear> years)
    {
        var first = years[0];
        var jurisdiction = Index.JurisdictionOf(first);
        var path = SitePaths.Department(jurisdiction, first);
        var trail = pages.JurisdictionTrail(path, jurisdiction);
        var entry = DepartmentEntry(path, years);
        trail.Add(new Crumb(entry.Name, null));
        var comparisons = new ComparisonPages(pages);
        var content = new ListingContent(entry.KindName, [], [entry]) { Comparisons = years.SelectMany(y => comparisons.For(y, path)).DistinctBy(l => l.Href).ToList() };
        return new PageJob(path, "listing", pages.Page(path, entry.Name, trail, content));
    }

    private DepartmentEntry DepartmentEntry(string fromPage, List<DepartmentYear> years)
    {
        var latest = years.OrderByDescending(y => y.Report.Year).ThenByDescending(y => y.Report.Edition).First();
        var entries = years
            .OrderByDescending(y => y.Report.Year)
            .ThenBy(y => y.Report.Kind)
            .ThenByDescending(y => y.Report.Edition)
            .Select(y => new YearEntry(y.Report.Year, pages.YearLabel(y),
                SitePaths.Relative(fromPage, SitePaths.Overview(SitePaths.DepartmentYearFolder(Index.JurisdictionOf(y), y))),
                AmountText.Format(KeyFigures.TotalBudget(y)), y.Report.MoneyUnit.Symbol()))
            .ToList();
        var href = SitePaths.Relative(fromPage, SitePaths.Department(Index.JurisdictionOf(latest), latest));
        return new DepartmentEntry(latest.Department.Name, Index.KindName(latest.Department.KindId), href == SitePaths.Relative(fromPage, fromPage) ? null : href, entries);
    }
}
