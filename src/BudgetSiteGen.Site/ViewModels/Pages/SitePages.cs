using System.Globalization;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Checks;

namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>
/// The pages above departments: home, the checks overview, search, one per jurisdiction, the per-jurisdiction
/// sitemaps, the kind-and-year comparisons and 404. Built from the summaries of every department-year alone;
/// <paramref name="inline"/> is the theme's stylesheet and icon for the 404 page to carry within itself.
/// </summary>
public sealed class SitePages(PageFactory pages, IReadOnlyList<DepartmentYearSummary> years, InlineAssets? inline = null)
{
    private readonly List<DepartmentYearSummary> _current = years.Where(y => !y.IsSuperseded).ToList();
    private readonly HashSet<string> _withContent = WithContent(pages.Index, years);

    // Looked up once for each of a portal's thousands of jurisdictions, so grouped once rather than searched each time.
    private readonly ILookup<string, DepartmentYearSummary> _currentIn = years.Where(y => !y.IsSuperseded).ToLookup(y => y.JurisdictionCode, StringComparer.Ordinal);
    private readonly ILookup<string, Jurisdiction> _childrenOf = pages.Index.Shared.Jurisdictions.Where(j => j.ParentCode is not null).ToLookup(j => j.ParentCode!, StringComparer.Ordinal);

    private UiText Text => pages.Text;

    private SiteIndex Index => pages.Index;

    /// <summary>Jurisdictions with something published in them or below them; empty ones get no page.</summary>
    public static HashSet<string> WithContent(SiteIndex index, IEnumerable<DepartmentYearSummary> years) =>
        WithContent(index, years.Select(y => y.JurisdictionCode));

    /// <summary>
    /// The same from jurisdiction codes. A code the shared list does not know (a file that will fail to load, and
    /// stop the build, is planned under the code it declares) publishes nothing.
    /// </summary>
    public static HashSet<string> WithContent(SiteIndex index, IEnumerable<string> codes) =>
        codes.Distinct(StringComparer.Ordinal).Where(index.Knows).SelectMany(code => index.Lineage(index.Jurisdiction(code))).Select(j => j.Code).ToHashSet(StringComparer.Ordinal);

    public IEnumerable<PageJob> Build()
    {
        yield return Home();
        yield return NotFound();
        foreach (var job in AllChecks())
        {
            yield return job;
        }

        foreach (var job in new DisclosurePages.SiteDisclosure(pages, years).Pages())
        {
            yield return job;
        }

        yield return Search();
        foreach (var job in new ComparisonPages(pages).KindYears(_current))
        {
            yield return job;
        }

        foreach (var jurisdiction in Index.Shared.Jurisdictions.Where(j => _withContent.Contains(j.Code)).OrderBy(j => j.Code, StringComparer.Ordinal))
        {
            yield return Sitemap(jurisdiction);
        }

        foreach (var jurisdiction in Index.Shared.Jurisdictions.Where(j => _withContent.Contains(j.Code)))
        {
            yield return Jurisdiction(jurisdiction);
        }
    }

    private PageJob Home()
    {
        var path = SitePaths.Home;
        var entries = new DepartmentEntries(Index, Text);
        var built = new HomeBuilder(Index.Shared, years, Text,
            j => SitePaths.Relative(path, SitePaths.Jurisdiction(j)),
            list => entries.Build(path, list)).Build();
        var home = built with { Comparisons = new ComparisonPages(pages).All(_current, path) };
        return new PageJob(path, "home", pages.Page(path, Index.Site.Title, [], home));
    }

    /// <summary>Rows of a site-wide table one page shows at most; beyond, the table is split by jurisdiction (see <see cref="Splitting.TableByJurisdiction"/>).</summary>
    public const int MaxTableRows = 200;

    private IEnumerable<PageJob> AllChecks()
    {
        var ordered = years
            .OrderBy(y => y.JurisdictionCode, StringComparer.Ordinal)
            .ThenBy(y => y.DepartmentName, StringComparer.Ordinal)
            .ThenByDescending(y => y.Year)
            .ToList();
        var siteTitle = Text.Get("site_checks_title");
        var split = new Splitting.TableByJurisdiction(Index, MaxTableRows, (j, k) => SitePaths.TablePart(SitePaths.AllChecks, j, k));
        foreach (var part in split.Split(siteTitle, ordered))
        {
            yield return ChecksPart(part, siteTitle);
        }
    }

    private PageJob ChecksPart(Splitting.TablePart part, string siteTitle)
    {
        var path = part.Path;
        var rows = part.Rows
            .Select(y => new ChecksSummaryRow(Index.Jurisdiction(y.JurisdictionCode).Name, y.DepartmentName, y.YearLabel,
                SitePaths.Relative(path, SitePaths.Checks(y.Folder)), Count(y.Discrepancies), Count(y.Roundings))
            {
                RulesRan = Count(y.Coverage.Ran),
                RulesNotApplicable = Count(y.Coverage.NotApplicable),
                RulesCouldNotRun = Count(y.Coverage.CouldNotRun),
                HasUnchecked = y.Coverage.CouldNotRun > 0,
            })
            .ToList();
        var parts = part.Below
            .Select(b => new ChecksPartRow(b.Jurisdiction.Name, SitePaths.Relative(path, b.Path), Count(b.Rows.Count),
                Count(b.Rows.Sum(y => y.Discrepancies)), Count(b.Rows.Sum(y => y.Roundings)))
            {
                RulesRan = Count(b.Rows.Sum(y => y.Coverage.Ran)),
                RulesNotApplicable = Count(b.Rows.Sum(y => y.Coverage.NotApplicable)),
                RulesCouldNotRun = Count(b.Rows.Sum(y => y.Coverage.CouldNotRun)),
                HasUnchecked = b.Rows.Any(y => y.Coverage.CouldNotRun > 0),
            })
            .ToList();
        var covered = part.Covered;
        var content = new SiteChecksContent(rows, Count(covered.Sum(y => y.Discrepancies)), Count(covered.Sum(y => y.Roundings)))
        {
            TotalRan = Count(covered.Sum(y => y.Coverage.Ran)),
            TotalNotApplicable = Count(covered.Sum(y => y.Coverage.NotApplicable)),
            TotalCouldNotRun = Count(covered.Sum(y => y.Coverage.CouldNotRun)),
            Parts = parts,
            Pages = PageLinks(part),
            Disclosure = new LinkItem(Text.Get("site_disclosure_title"), SitePaths.Relative(path, SitePaths.AllDisclosure), Text.Get("site_disclosure_link_note")),
        };
        var title = TablePartTitle(part, siteTitle);
        return new PageJob(path, "site-checks", pages.Page(path, title, TablePartTrail(part, title), content));
    }

    /// <summary>A part's title: the table's, then its jurisdiction's name and page number when it has them.</summary>
    public static string TablePartTitle(Splitting.TablePart part, string siteTitle, UiText text)
    {
        var title = part.Jurisdiction is null ? siteTitle : text.Format("table_part_title", siteTitle, part.Jurisdiction.Name);
        return part.PagePaths.Count > 1 ? text.Format("table_page_title", title, Count(part.PageNumber)) : title;
    }

    private string TablePartTitle(Splitting.TablePart part, string siteTitle) => TablePartTitle(part, siteTitle, Text);

    /// <summary>Home, the pages above the part (the site's table first), then the part itself.</summary>
    public static List<Crumb> TablePartTrail(Splitting.TablePart part, string title, UiText text)
    {
        var trail = new List<Crumb> { new(text.Get("home"), SitePaths.Relative(part.Path, SitePaths.Home)) };
        trail.AddRange(part.Parents.Select(p => new Crumb(p.Label, SitePaths.Relative(part.Path, p.Path))));
        trail.Add(new Crumb(title, null));
        return trail;
    }

    private List<Crumb> TablePartTrail(Splitting.TablePart part, string title) => TablePartTrail(part, title, Text);

    /// <summary>The numbered pages of a part's own rows, when there is more than one; the current page has no link.</summary>
    public static IReadOnlyList<Crumb> PageLinks(Splitting.TablePart part) =>
        part.PagePaths.Count < 2 ? [] :
            part.PagePaths.Select((p, i) => new Crumb(Count(i + 1), i + 1 == part.PageNumber ? null : SitePaths.Relative(part.Path, p))).ToList();

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Links to jurisdictions' lists the search page shows at most before it shows only the top of the tree.</summary>
    private const int SitemapLinks = 300;

    private static readonly string[] PageTypes = ["overview", "table", "narrative", "performance", "glossary", "jurisdiction", "other"];

    private IEnumerable<Jurisdiction> WithDepartmentYears()
    {
        var codes = years.Select(y => y.JurisdictionCode).ToHashSet(StringComparer.Ordinal);
        return Index.Shared.Jurisdictions.Where(j => codes.Contains(j.Code)).OrderBy(j => j.Code, StringComparer.Ordinal);
    }

    private PageJob Search()
    {
        var path = SitePaths.Search;
        var types = PageTypes.Select(t => new OptionItem(t, Text.Get("type_" + t))).ToList();
        // Every jurisdiction's list while they are few; on a large portal the top of the tree, whose lists lead down.
        var listed = WithDepartmentYears().ToList();
        if (listed.Count > SitemapLinks)
        {
            var known = Index.Shared.Jurisdictions.Select(j => j.Code).ToHashSet(StringComparer.Ordinal);
            listed = Index.Shared.Jurisdictions
                .Where(j => _withContent.Contains(j.Code) && (j.ParentCode is null || !known.Contains(j.ParentCode)))
                .OrderBy(j => j.Code, StringComparer.Ordinal).ToList();
        }

        var sitemaps = listed
            .Select(j => new LinkItem(string.Join(" / ", Index.Lineage(j).Select(x => x.Name)), SitePaths.Relative(path, SitePaths.Sitemap(j))))
            .ToList();
        var title = Text.Get("search_title");
        return new PageJob(path, "search", pages.Page(path, title, [new Crumb(Text.Get("home"), SitePaths.Relative(path, SitePaths.Home)), new Crumb(title, null)],
            new SearchContent(types, sitemaps)));
    }

    private PageJob Sitemap(Jurisdiction jurisdiction)
    {
        var path = SitePaths.Sitemap(jurisdiction);
        var listed = _currentIn[jurisdiction.Code]
            .OrderBy(y => y.DepartmentName, StringComparer.Ordinal)
            .ThenByDescending(y => y.Year)
            .Select(y => new SitemapYear($"{y.DepartmentName} {y.YearLabel}",
                y.Pages.Select(d => new LinkItem(d.Label, SitePaths.Relative(path, d.Href))).ToList()))
            .ToList();
        var below = _childrenOf[jurisdiction.Code]
            .Where(j => _withContent.Contains(j.Code))
            .OrderBy(j => j.Code, StringComparer.Ordinal)
            .Select(j => new LinkItem(j.Name, SitePaths.Relative(path, SitePaths.Sitemap(j))))
            .ToList();
        var title = Text.Format("sitemap_title", jurisdiction.Name);
        var trail = new List<Crumb>
        {
            new(Text.Get("home"), SitePaths.Relative(path, SitePaths.Home)),
            new(Text.Get("search_title"), SitePaths.Relative(path, SitePaths.Search)),
            new(title, null),
        };
        return new PageJob(path, "sitemap", pages.Page(path, title, trail, new SitemapContent(listed, below)));
    }

    private PageJob NotFound()
    {
        // A host serves 404.html at whatever address was missed, at any depth, so no relative address is right
        // everywhere. The page therefore carries its stylesheet and icon within itself, and its links lead from
        // base_url when the site knows where it is published; without it they are right at the top level only.
        var path = SitePaths.NotFound;
        var root = Index.Site.BaseUrl ?? SitePaths.RootOf(path);
        var model = pages.Page(path, Text.Get("not_found_title"), [], new NotFoundContent(root + SitePaths.Home)) with
        {
            Root = root,
            InlineStylesheet = inline?.Stylesheet is { } css ? new HtmlFragment(css) : null,
            IconHref = inline?.IconHref ?? root + SitePaths.Favicon,
        };
        return new PageJob(path, "not-found", model);
    }

    private PageJob Jurisdiction(Jurisdiction jurisdiction)
    {
        var path = SitePaths.Jurisdiction(jurisdiction);
        var children = _childrenOf[jurisdiction.Code]
            .Where(j => _withContent.Contains(j.Code))
            .OrderBy(j => j.Code, StringComparer.Ordinal)
            .Select(j => new LinkItem(j.Name, SitePaths.Relative(path, SitePaths.Jurisdiction(j)), Text.Get($"level_{j.Level.ToString().ToLowerInvariant()}")))
            .ToList();
        var entries = new DepartmentEntries(Index, Text);
        var here = _currentIn[jurisdiction.Code].ToList();
        var departments = here
            .GroupBy(y => y.DepartmentSlug, StringComparer.Ordinal)
            .Select(g => entries.Build(path, g.ToList()))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
        var trail = pages.JurisdictionTrail(path, jurisdiction);
        trail[^1] = new Crumb(jurisdiction.Name, null);
        var comparisons = new ComparisonPages(pages);
        var compared = here.SelectMany(y => comparisons.For(y.KindId, y.Year, y.Kind, y.DepartmentName, y.YearsComparison, path)).DistinctBy(l => l.Href).ToList();
        var content = new ListingContent(Text.Get($"level_{jurisdiction.Level.ToString().ToLowerInvariant()}"), children, departments) { Comparisons = compared };
        return new PageJob(path, "listing", pages.Page(path, jurisdiction.Name, trail, content));
    }
}
