using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Pages;
using Downloads = BudgetSiteGen.Publishing.Downloads;

namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>数据下载: the report as JSON, as one Excel workbook and as a CSV per table, and the site's package and checksums.</summary>
public sealed class DownloadsKind : DepartmentYearPageKind
{
    public override string MenuKey => "menu_downloads";

    public override bool OnOverview => false;

    public override string? Address(string folder) => SitePaths.Downloads(folder);

    public override IEnumerable<PageJob> Build(PageKindContext c)
    {
        var path = SitePaths.Downloads(c.Folder);
        var files = new List<LinkItem> { new(c.Text.Get("download_json"), c.Relative(path, Downloads.Json(c.Folder)), "JSON") };
        var workbook = Downloads.Workbook(c.Folder);
        if (c.DownloadSizes.TryGetValue(workbook, out var size))
        {
            files.Add(new LinkItem(c.Text.Get("download_workbook"), c.Relative(path, workbook), c.Text.Format("download_workbook_note", FileSize.Text(c.Text, size))));
        }

        files.AddRange(c.Year.Tables.OrderBy(t => t.Number).Select(t => new LinkItem(t.FullTitle, c.Relative(path, Downloads.Csv(c.Folder, t.Number)), "CSV")));
        var siteFiles = new List<LinkItem>
        {
            new(SitePaths.DataPackage, c.Relative(path, SitePaths.DataPackage), c.Text.Get("download_datapackage_note")),
            new(SitePaths.Manifest, c.Relative(path, SitePaths.Manifest), c.Text.Get("download_manifest_note")),
        };
        yield return c.Page(path, MenuKey, "downloads", new DownloadsContent(files, siteFiles));
    }
}
