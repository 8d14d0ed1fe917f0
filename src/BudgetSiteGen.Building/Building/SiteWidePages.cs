using BudgetSiteGen.Indexing;
using BudgetSiteGen.Publishing;
using BudgetSiteGen.Rendering;
using BudgetSiteGen.ViewModels;
using BudgetSiteGen.ViewModels.Pages;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Building;

/// <summary>
/// The last step of every build, single or merged: the pages above departments, the end of the search index,
/// datapackage.json, sitemap.xml and atom.xml, the theme's assets and the manifest, from the departments'
/// summaries alone.
/// </summary>
public static class SiteWidePages
{
    public static int Write(PageFactory pages, Theme theme, IReadOnlyList<DepartmentYearSummary> years, DataPackageResources resources,
        PageList pagePaths, SiteSearchIndex? search, StagedOutput output, PageSelection selection, bool isRoot = true)
    {
        foreach (var asset in theme.Assets)
        {
            output.WriteBytes(asset.Path, asset.Content);
        }

        if (selection == PageSelection.Tables)
        {
            return 0;
        }

        var version = DataVersion.OfAll(years.Select(y => y.DataVersion));
        var site = pages.Index.Site;
        var count = 0;
        var stylesheet = theme.Assets.FirstOrDefault(a => a.Path == Routing.SitePaths.Stylesheet)?.Content;
        var icon = theme.Assets.FirstOrDefault(a => a.Path == Routing.SitePaths.Favicon)?.Content;
        var inline = InlineAssets.From(stylesheet is null ? null : System.Text.Encoding.UTF8.GetString(stylesheet), icon);
        foreach (var job in new SitePages(pages.Citing(version), years, inline).Build())
        {
            output.WriteText(job.Path, theme.Render(job.Template, job.Model));
            pagePaths.Add(job.Path);
            count++;
        }

        output.WriteBytes(Routing.SitePaths.AllDisclosureCsv, new ViewModels.DisclosurePages.SiteDisclosure(pages, years).Csv());
        search?.Finish();
        output.WriteStreamed(Routing.SitePaths.DataPackage, stream => DataPackage.Write(stream, site, version, resources));
        resources.Dispose();
        if (!isRoot)
        {
            // A further language's pages: the root's step writes the sitemap, the feed and the manifest once, for all.
            return count;
        }

        if (site.BaseUrl is { } baseUrl)
        {
            foreach (var (path, text) in Feeds.Sitemaps(baseUrl, pagePaths.Paths))
            {
                output.WriteText(path, text);
            }

            output.WriteText("atom.xml", Feeds.Atom(site, years.Select(y => y.Feed)));
        }

        output.WriteManifest();
        return count;
    }
}
