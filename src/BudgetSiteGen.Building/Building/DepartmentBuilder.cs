using System.Collections.Concurrent;
using BudgetSiteGen.Checking;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Disclosure;
using BudgetSiteGen.Exporting;
using BudgetSiteGen.Indexing;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;
using BudgetSiteGen.Publishing;
using BudgetSiteGen.Rendering;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels;
using BudgetSiteGen.ViewModels.Checks;
using BudgetSiteGen.ViewModels.Comparison;
using BudgetSiteGen.ViewModels.Pages;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Building;

/// <summary>
/// Builds one department: loads and checks its files, renders every page and download of each of its
/// department-years (and its own page, its comparison of years and its editions), and returns what the
/// site-wide step needs. The reports are dropped when it returns, so memory does not grow with the site.
/// </summary>
public sealed class DepartmentBuilder(PageFactory pages, Theme theme, PageSelection selection)
{
    private readonly MetricCatalog _budgetMetrics = MetricCatalog.For(pages.Text, ReportKind.Budget);
    private readonly MetricCatalog _finalAccountsMetrics = MetricCatalog.For(pages.Text, ReportKind.FinalAccounts);
    private readonly IndicatorNames _names = new(pages.Index.Shared.IndicatorAliases);
    private readonly WorkbookWords _words = new(pages.Text);

    private SiteIndex Index => pages.Index;

    public DepartmentResult Build(DepartmentUnit unit, StagedOutput output)
    {
        var diagnostics = new DiagnosticBag();
        // The canonical JSON download is made from the tree each file was loaded into, not from a second reading.
        var json = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        var years = ContentLoader.LoadDepartmentYears(unit.Files, Index.Shared.References, diagnostics,
            selection == PageSelection.All ? (year, root) => json[year.SourceFile] = CanonicalJson.Write(root) : null);
        foreach (var stray in years.Where(y => DepartmentKeyReader.Key(y.JurisdictionCode, y.Department.Slug) != unit.Key))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.UngroupableFile, Severity.Error, SourceLocation.StartOf(stray.SourceFile),
                "the file's jurisdiction and department could not be read before loading it.",
                "plain scalars for jurisdiction, department.kind and department.slug"));
        }

        if (diagnostics.HasErrors)
        {
            return new DepartmentResult(unit.Key, [], [], [], new Dictionary<string, string>(), diagnostics.Sorted());
        }

        // Site order: newest year first, then report kind, then edition; search document numbers follow it.
        years = years.OrderByDescending(y => y.Report.Year).ThenBy(y => y.Report.Kind).ThenBy(y => y.Report.Edition).ToList();
        var jurisdiction = Index.JurisdictionOf(years[0]);
        var written = new List<string>();
        var downloads = new List<string>();
        var current = years.Where(y => !y.IsSuperseded).ToList();
        var facts = selection == PageSelection.All ? current.ToDictionary(y => y, y => ComparisonFacts.Of(y, y.Report.Kind == ReportKind.FinalAccounts ? _finalAccountsMetrics : _budgetMetrics, _names)) : [];
        var compared = current.Where(facts.ContainsKey).GroupBy(y => y.Report.Kind).Where(g => g.Count() >= 2)
            .ToDictionary(g => g.Key, g => g.OrderBy(y => y.Report.Year).Select(y => (y, facts[y])).ToList());
        string? YearsComparison(DepartmentYear y) =>
            !y.IsSuperseded && compared.TryGetValue(y.Report.Kind, out var list) ? SitePaths.YearsComparison(jurisdiction, list[^1].y) : null;

        // A budget and the final accounts of the same year are paired on the final accounts' 预算执行 page.
        PairedReport? Paired(DepartmentYear y)
        {
            var other = y.Report.Kind == ReportKind.Budget ? ReportKind.FinalAccounts : ReportKind.Budget;
            var match = current.FirstOrDefault(c => c.Report.Year == y.Report.Year && c.Report.Kind == other);
            return match is null ? null : new PairedReport(match, SitePaths.DepartmentYearFolder(jurisdiction, match));
        }

        var summaries = new List<DepartmentYearSummary>();
        var documents = new List<SearchDocument>();
        var searchDocuments = new SearchDocumentBuilder(pages);
        foreach (var year in years)
        {
            var audit = Auditor.Audit(year);
            var folder = SitePaths.DepartmentYearFolder(jurisdiction, year);
            var folders = new List<string> { folder };
            if (!year.IsSuperseded && year.LatestEdition > 1)
            {
                // The latest edition is shown at the plain address and also kept at its own permanent one.
                folders.Add(SitePaths.EditionFolder(jurisdiction, year));
                Render(new EditionsPage(pages).Build(years.Where(e => e.Report.Year == year.Report.Year && e.Report.Kind == year.Report.Kind).ToList()), output, written);
            }

            var resources = new List<string>();
            // The search indexes each page by what it shows, so the pages at the report's own address are kept until it is indexed.
            var shown = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var target in folders)
            {
                // Downloads are made first so the downloads page can give their sizes.
                var made = selection == PageSelection.All ? Downloads.For(year, target, _words, Index.VersionOf(year), json.GetValueOrDefault(year.SourceFile)).ToList() : [];
                var yearPages = new DepartmentYearPages(pages) { DownloadSizes = made.ToDictionary(f => f.Path, f => (long)f.Content.Length, StringComparer.Ordinal) };
                foreach (var job in selection == PageSelection.Tables ? yearPages.Tables(year, audit, target) : yearPages.Build(year, audit, target, YearsComparison(year), Paired(year)))
                {
                    if (Render(job, output, written) is { } html && target == folder)
                    {
                        shown[job.Path] = html;
                    }
                }

                foreach (var (path, bytes) in made)
                {
                    output.WriteBytes(path, bytes);
                    downloads.Add(path);
                }
            }

            var label = pages.YearLabel(year);
            if (selection == PageSelection.All)
            {
                resources.AddRange(year.Tables.Select(table =>
                {
                    var path = Downloads.Csv(folder, table.Number);
                    return DataPackage.Resource(path, table, $"{year.Department.Name} {label} {table.FullTitle}", output.HashOf(path)!, output.SizeOf(path));
                }));
            }

            var own = year.IsSuperseded || selection != PageSelection.All ? [] :
                searchDocuments.Build(year).Select(d => shown.TryGetValue(d.Path, out var html) ? PageContent.Enrich(d, html) : d).ToList();
            documents.AddRange(own);
            summaries.Add(new DepartmentYearSummary(
                year.JurisdictionCode, year.Department.Slug, year.Department.Name, year.Department.KindId,
                year.Report.Year, year.Report.Kind, year.Report.Edition, year.IsSuperseded, label, folder,
                SitePaths.Department(jurisdiction, year), ReportFigures.Total(year), Index.VersionOf(year),
                audit.Discrepancies, audit.Roundings, YearsComparison(year),
                FeedEntry.Of(year, SitePaths.Overview(folder), $"{year.Department.Name} {label}"),
                own.Select(d => new LinkItem(d.Title, d.Path)).ToList(),
                facts.GetValueOrDefault(year), resources)
            {
                Coverage = CoverageCounts.Of(audit),
                Disclosure = DisclosureMark.Of(DisclosureChecklist.Evaluate(year, Index.Shared.Layouts)),
            });
        }

        if (selection == PageSelection.All)
        {
            var departmentPages = pages.Citing(DataVersion.OfAll(years.Select(Index.VersionOf)));
            Render(DepartmentPage(departmentPages, summaries.Where(s => !s.IsSuperseded).ToList(), jurisdiction), output, written);
            foreach (var list in compared.Values)
            {
                Render(new ComparisonPages(departmentPages).Years(list), output, written);
            }
        }

        var files = written.Concat(downloads).ToDictionary(path => path, path => output.HashOf(path)!, StringComparer.Ordinal);
        return new DepartmentResult(unit.Key, summaries, documents, written, files, diagnostics.Sorted());
    }

    /// <summary>Renders and writes a page; returns its HTML, or null when the selection leaves it out.</summary>
    private string? Render(PageJob job, StagedOutput output, List<string> written)
    {
        if (selection == PageSelection.Tables && job.Template != "table")
        {
            return null;
        }

        var html = theme.Render(job.Template, job.Model);
        output.WriteText(job.Path, html);
        written.Add(job.Path);
        return html;
    }

    private static PageJob DepartmentPage(PageFactory pages, IReadOnlyList<DepartmentYearSummary> years, Jurisdiction jurisdiction)
    {
        var path = years[0].DepartmentPath;
        var trail = pages.JurisdictionTrail(path, jurisdiction);
        var entry = new DepartmentEntries(pages.Index, pages.Text).Build(path, years);
        trail.Add(new Crumb(entry.Name, null));
        var comparisons = new ComparisonPages(pages);
        var content = new ListingContent(entry.KindName, [], [entry])
        {
            Comparisons = years.SelectMany(y => comparisons.For(y.KindId, y.Year, y.Kind, y.DepartmentName, y.YearsComparison, path)).DistinctBy(l => l.Href).ToList(),
        };
        return new PageJob(path, "listing", pages.Page(path, entry.Name, trail, content));
    }
}
