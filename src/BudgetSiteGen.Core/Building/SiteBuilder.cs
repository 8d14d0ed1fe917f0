using BudgetSiteGen.Checking;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Indexing;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;
using BudgetSiteGen.Rendering;
using BudgetSiteGen.ViewModels;
using BudgetSiteGen.ViewModels.Pages;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Building;

/// <summary>
/// The build, one way through: load and validate → view models → render with the theme → write to a
/// staging folder → swap into place. Nothing is written to the output unless every stage succeeds.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, IBuildProgress progress)
    {
        progress.Stage("load", 1);
        var loaded = ContentLoader.Load(options.ContentFolder);
        progress.Advance();
        if (loaded.Content is not { } content)
        {
            return new BuildResult(false, loaded.Diagnostics, 0, 0, 0);
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(loaded.Diagnostics);
        var files = ThemeLoader.Files(options.ContentFolder, options.ThemesFolder, content.Site.Theme);
        var theme = ThemeLoader.Load(files, content.Site.Language, diagnostics);
        if (theme is null)
        {
            return new BuildResult(false, diagnostics.Sorted(), 0, 0, 0);
        }

        using var output = new StagedOutput(options.OutputFolder);
        var pages = RenderPages(content, theme, output, progress);
        foreach (var asset in theme.Assets)
        {
            output.WriteBytes(asset.Path, asset.Content);
        }

        progress.Stage("write", 1);
        output.WriteManifest();
        output.Commit();
        progress.Advance();
        return new BuildResult(true, diagnostics.Sorted(), pages, output.Files, output.Bytes);
    }

    /// <summary>Department-years render in parallel; each page is written as soon as it is rendered, so memory stays flat.</summary>
    private static int RenderPages(ContentSet content, Theme theme, StagedOutput output, IBuildProgress progress)
    {
        var factory = new PageFactory(new SiteIndex(content), new UiText(theme.Strings));
        progress.Stage("audit", 1);
        var audits = Auditor.Audit(content);
        progress.Advance();
        progress.Stage("render", content.DepartmentYears.Count + 1);
        var count = 0;
        var paths = new System.Collections.Concurrent.ConcurrentBag<string>();
        foreach (var job in new SitePages(factory, audits).Build())
        {
            output.WriteText(job.Path, theme.Render(job.Template, job.Model));
            paths.Add(job.Path);
            count++;
        }

        progress.Advance();
        Parallel.ForEach(audits, audit =>
        {
            var written = 0;
            var jurisdiction = factory.Index.JurisdictionOf(audit.Year);
            var folders = new List<string> { Routing.SitePaths.DepartmentYearFolder(jurisdiction, audit.Year) };
            if (!audit.Year.IsSuperseded && audit.Year.LatestEdition > 1)
            {
                // The latest edition is shown at the plain address and also kept at its own permanent one.
                folders.Add(Routing.SitePaths.EditionFolder(jurisdiction, audit.Year));
                var editions = content.DepartmentYears.Where(y => y.JurisdictionCode == audit.Year.JurisdictionCode && y.Department.Slug == audit.Year.Department.Slug
                    && y.Report.Year == audit.Year.Report.Year && y.Report.Kind == audit.Year.Report.Kind).ToList();
                var page = new EditionsPage(factory).Build(editions);
                output.WriteText(page.Path, theme.Render(page.Template, page.Model));
                paths.Add(page.Path);
                written++;
            }

            foreach (var folder in folders)
            {
                foreach (var job in new DepartmentYearPages(factory).Build(audit.Year, audit, folder))
                {
                    output.WriteText(job.Path, theme.Render(job.Template, job.Model));
                    paths.Add(job.Path);
                    written++;
                }

                foreach (var (path, bytes) in Publishing.Downloads.For(audit.Year, folder))
                {
                    output.WriteBytes(path, bytes);
                }
            }

            Interlocked.Add(ref count, written);
            progress.Advance();
        });

        progress.Stage("search index", 1);
        SiteSearchIndex.Write(factory.Index, factory, output);
        progress.Advance();
        var resources = content.DepartmentYears.SelectMany(year =>
        {
            var folder = Routing.SitePaths.DepartmentYearFolder(factory.Index.JurisdictionOf(year), year);
            return year.Tables.Select(table =>
            {
                var path = Publishing.Downloads.Csv(folder, table.Number);
                return new Publishing.DataPackage.Resource(path, table, $"{year.Department.Name} {factory.YearLabel(year)} {table.FullTitle}",
                    output.HashOf(path)!, output.SizeOf(path));
            });
        });
        output.WriteText("datapackage.json", Publishing.DataPackage.Write(content.Site, factory.Index.SiteVersion, resources));
        if (content.Site.BaseUrl is { } baseUrl)
        {
            output.WriteText("sitemap.xml", Publishing.Feeds.Sitemap(baseUrl, paths));
            output.WriteText("atom.xml", Publishing.Feeds.Atom(content.Site, content.DepartmentYears.Select(y =>
                (y, Routing.SitePaths.Overview(Routing.SitePaths.DepartmentYearFolder(factory.Index.JurisdictionOf(y), y)), $"{y.Department.Name} {factory.YearLabel(y)}"))));
        }

        return count;
    }
}
