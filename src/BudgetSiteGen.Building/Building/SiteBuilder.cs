using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Indexing;
using BudgetSiteGen.Publishing;
using BudgetSiteGen.ViewModels;
using BudgetSiteGen.ViewModels.Pages;
using BudgetSiteGen.ViewModels.SetAside;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Building;

/// <summary>
/// The build, one way through: plan departments → for each department, load, check, render and write its
/// pages (on every core, a few departments at a time, so only those reports are ever in memory) → the site-wide pages
/// and the search index from the departments' summaries → swap into place. Nothing reaches the output unless
/// every step succeeds. A shard build stops before the site-wide step and leaves its part for the merge.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, IBuildProgress progress) =>
        GuardedBuild.Run(options.OutputFolder, KeptFolder.Of(options.ContentFolder, options.ThemesFolder), () => BuildSite(options, progress));

    private static BuildResult BuildSite(BuildOptions options, IBuildProgress progress)
    {
        progress.Stage("load", 1);
        var diagnostics = new DiagnosticBag();
        var setup = BuildSetup.Prepare(options.ContentFolder, options.ThemesFolder, options.Selection, diagnostics);
        progress.Advance();
        if (setup is null)
        {
            return Failed(diagnostics);
        }

        var units = options.Shard is { } shard ? setup.Units.Where(shard.Includes).ToList() : setup.Units;
        var cache = options.Shard is null && options.CacheFolder is { } folder ? new BuildCache(folder, options.ContentFolder, setup, options.OutputFolder) : null;
        if (cache?.IsUpToDate() == true)
        {
            return new BuildResult(true, diagnostics.Sorted(), 0, 0, 0) { UpToDate = true, Reused = units.Count };
        }

        using var output = cache?.CanUpdate == true ? StagedOutput.Updating(options.OutputFolder, cache.OutputFiles()) : new StagedOutput(options.OutputFolder);
        var wholeSite = options.Shard is null && options.Selection == PageSelection.All;
        using var search = wholeSite ? new SiteSearchIndex(setup.Index, output, cache?.SearchStore(output), options.SearchSpillAfter) : null;
        search?.AddJurisdictions(SitePages.WithContent(setup.Index, units.Select(u => u.JurisdictionCode)));
        var builder = new DepartmentBuilder(setup.Pages, setup.Theme, options.Selection);
        var years = new List<DepartmentYearSummary>();
        using var resources = new DataPackageResources(output.PathOf(DataPackageResources.FileName));
        using var links = new PageLinksOnDisk(output.PathOf(PageLinksOnDisk.FileName));
        var pagePaths = new PageList(keepPaths: setup.Index.Site.BaseUrl is not null);
        using var part = options.Shard is null ? null : new StreamWriter(output.Create(Path.Combine(PartFile.Folder, PartFile.Departments)));
        var (rendered, reused) = (0, 0);
        progress.Stage("render", units.Count);
        OrderedPipeline.Run(units, unit =>
        {
            if (cache?.Reuse(unit, output) is { } cached)
            {
                return (Result: cached.AsResult(), Reused: true, cached.Filters, Scored: (IReadOnlyList<ScoredDocument>?)null);
            }

            var result = builder.Build(unit, output);
            return (Result: result, Reused: false, Filters: result.Documents.Select(SearchFilter.Of).ToList(),
                Scored: search is null ? [] : result.Documents.Select(SearchIndexWriter.Score).ToList());
        }, done =>
        {
            var (result, wasReused, filters, scored) = done;
            diagnostics.AddRange(result.Diagnostics);
            progress.Advance();
            if (result.Failed)
            {
                return;
            }

            (rendered, reused) = wasReused ? (rendered, reused + 1) : (rendered + 1, reused);
            cache?.Remember(result, wasReused, output);
            search?.AddDepartment(result.Key, scored, filters);
            // A shard hands its summaries, resources and all, to the merge, which writes the package.
            years.AddRange(part is null ? result.Years.Select(resources.Take).Select(links.Take) : result.Years);
            pagePaths.AddRange(result.Pages);
            part?.WriteLine(PartFile.Line(result));
        });

        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        var pages = pagePaths.Count;
        if (options.Shard is { } spec)
        {
            part!.Dispose();
            using var description = new StreamWriter(output.Create(Path.Combine(PartFile.Folder, PartFile.Description)));
            description.Write(PartFile.Describe(new ShardDescription(spec.Index, spec.Count, setup.Inputs, units.Select(u => u.Key).ToList())));
        }
        else
        {
            progress.Stage("site pages and search index", 1);
            foreach (var language in setup.OtherLanguages)
            {
                pages += BuildLanguage(language, setup, units, output, options.Selection, wholeSite, diagnostics, pagePaths);
            }

            if (diagnostics.HasErrors)
            {
                return Failed(diagnostics);
            }

            pages += SiteWidePages.Write(setup.Pages, setup.Theme, years, resources, pagePaths, search, output, options.Selection);
            links.Dispose();
            progress.Advance();
        }

        cache?.Keep(output);
        output.Commit();
        cache?.Save();
        return new BuildResult(true, diagnostics.Sorted(), pages, output.Files, output.Bytes)
        {
            Rendered = rendered, Reused = reused, Updated = output.IsUpdate ? (output.Written, output.Removed) : null,
            SearchIndexUpdated = search?.WasUpdated == true,
            SearchSpills = search?.Spills ?? 0,
        };
    }

    /// <summary>
    /// The whole site again in a further language, under its folder (en/): every department's pages from the same
    /// reports, the site-wide pages and a search index of its own, since a reader searches in the words the pages show.
    /// Its sitemap entries join the root's; the manifest, written last, lists both.
    /// </summary>
    private static int BuildLanguage(PageFactory pages, BuildSetup setup, IReadOnlyList<DepartmentUnit> units, StagedOutput output,
        PageSelection selection, bool wholeSite, DiagnosticBag diagnostics, PageList allPages)
    {
        output.Prefix = pages.Languages.Language.Folder;
        try
        {
            using var search = wholeSite ? new SiteSearchIndex(setup.Index, output, null) : null;
            search?.AddJurisdictions(SitePages.WithContent(setup.Index, units.Select(u => u.JurisdictionCode)));
            var builder = new DepartmentBuilder(pages, setup.Theme, selection);
            var years = new List<DepartmentYearSummary>();
            using var resources = new DataPackageResources(output.PathOf(DataPackageResources.FileName));
            using var links = new PageLinksOnDisk(output.PathOf(PageLinksOnDisk.FileName));
            var pagePaths = new PageList(keepPaths: setup.Index.Site.BaseUrl is not null);
            OrderedPipeline.Run(units, unit =>
            {
                var result = builder.Build(unit, output);
                return (Result: result, Filters: result.Documents.Select(SearchFilter.Of).ToList(),
                    Scored: search is null ? [] : result.Documents.Select(SearchIndexWriter.Score).ToList());
            }, done =>
            {
                diagnostics.AddRange(done.Result.Diagnostics.Where(d => d.Severity == Severity.Error));
                if (!done.Result.Failed)
                {
                    search?.AddDepartment(done.Result.Key, done.Scored, done.Filters);
                    years.AddRange(done.Result.Years.Select(resources.Take).Select(links.Take));
                    pagePaths.AddRange(done.Result.Pages);
                }
            });

            if (diagnostics.HasErrors)
            {
                return 0;
            }

            SiteWidePages.Write(pages, setup.Theme, years, resources, pagePaths, search, output, selection, isRoot: false);
            allPages.AddRange(pagePaths.Paths.Select(path => output.Prefix + path));
            return pagePaths.Count;
        }
        finally
        {
            output.Prefix = string.Empty;
        }
    }

    private static BuildResult Failed(DiagnosticBag diagnostics) => new(false, diagnostics.Sorted(), 0, 0, 0);
}
