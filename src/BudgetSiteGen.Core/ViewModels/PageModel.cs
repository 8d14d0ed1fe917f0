namespace BudgetSiteGen.ViewModels;

/// <summary>
/// What every page's layout needs: the page's own content plus the site around it. <see cref="Root"/>
/// is the relative prefix from this page back to the site root ("../../"), which keeps every link
/// relative so the site works under any sub-path and from file://.
/// </summary>
public sealed record PageModel(
    string Path,
    string Title,
    string Root,
    string Language,
    string SiteTitle,
    IReadOnlyDictionary<string, string> Strings,
    IReadOnlyList<Crumb> Breadcrumbs,
    SectionMenu? Menu,
    string? SourceNote,
    object Content)
{
    /// <summary>A hash of the data the page shows, cited in the footer instead of a build time.</summary>
    public string? DataVersion { get; init; }

    /// <summary>For a republished report: which edition this page shows and where the others are.</summary>
    public LinkItem? EditionNote { get; init; }
}
