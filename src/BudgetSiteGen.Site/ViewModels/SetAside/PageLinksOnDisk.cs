using System.Text.Json;

namespace BudgetSiteGen.ViewModels.SetAside;

/// <summary>
/// Each department-year's list of pages, set aside on disk as departments are built: only the sitemap page
/// of its jurisdiction reads it, once, at the end, yet at a portal's size (400,000 links of a title and an
/// address each) it was the largest part of the summaries a build holds. The summary keeps where its list is.
/// </summary>
/// <remarks>
/// The file lives in the staging folder (a failed build removes it) and is deleted once the site-wide pages
/// are made, before the site is published. Read from one thread at a time, as the site-wide pages are made.
/// </remarks>
public sealed class PageLinksOnDisk(string path) : IDisposable
{
    /// <summary>The file's name in the staging folder; not a name a site's page can have.</summary>
    public const string FileName = ".page-links.tmp";

    private readonly ScratchFile _file = new(path);

    /// <summary>Sets the summary's pages aside and returns it with a list that reads them back.</summary>
    public DepartmentYearSummary Take(DepartmentYearSummary summary)
    {
        if (summary.Pages.Count == 0)
        {
            return summary;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(summary.Pages);
        var offset = _file.Append(bytes);
        return summary with { Pages = new LinksOnDisk(this, offset, bytes.Length, summary.Pages.Count) };
    }

    internal IReadOnlyList<LinkItem> Read(long offset, int length) => JsonSerializer.Deserialize<List<LinkItem>>(_file.Read(offset, length))!;

    public void Dispose() => _file.Dispose();
}
