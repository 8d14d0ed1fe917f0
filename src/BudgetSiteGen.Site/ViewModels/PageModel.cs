using BudgetSiteGen.Routing;

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
    /// <summary>The theme's stylesheet written into the page instead of linked, for a page served at any depth.</summary>
    public HtmlFragment? InlineStylesheet { get; init; }

    /// <summary>The site's icon: relative like every other link, so it loads from file:// and under any sub-path.</summary>
    public string IconHref { get; init; } = Root + SitePaths.Favicon;

    /// <summary>What the finding markers mean, on a page that has any.</summary>
    public Checks.MarkerLegend? MarkerLegend { get; init; }

    /// <summary>The site's organiser and filing numbers for the footer, when site.yaml gives them.</summary>
    public IReadOnlyList<RegistrationItem>? Registration { get; init; }

    /// <summary>A hash of the data the page shows, cited in the footer instead of a build time.</summary>
    public string? DataVersion { get; init; }

    /// <summary>This page in each of the site's languages, when it has more than one.</summary>
    public IReadOnlyList<LanguageLink> Languages { get; init; } = [];

    /// <summary>For a republished report: which edition this page shows and where the others are.</summary>
    public LinkItem? EditionNote { get; init; }
}
