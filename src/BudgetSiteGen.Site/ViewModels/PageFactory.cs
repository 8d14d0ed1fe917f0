using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Checks;
using BudgetSiteGen.ViewModels.PageKinds;

namespace BudgetSiteGen.ViewModels;

/// <summary>
/// Wraps page content in a <see cref="PageModel"/>: relative root, breadcrumbs from the jurisdiction
/// lineage, and the department-year menu, all computed for the page's own location.
/// Pages that show no single department-year cite <paramref name="version"/> (the site's or a department's data version).
/// </summary>
public sealed class PageFactory(SiteIndex index, UiText text, string version)
{
    private readonly IReadOnlyList<RegistrationItem>? _registration = RegistrationFooter.For(index.Site.Registration, text);

    public UiText Text => text;

    public SiteIndex Index => index;

    /// <summary>The same pages, citing another data version on pages that show no single department-year.</summary>
    public PageFactory Citing(string dataVersion) => new(index, text, dataVersion) { Languages = Languages };

    /// <summary>The languages the site is published in, and the one these pages are written in.</summary>
    public PublishedLanguages Languages { get; init; } = PublishedLanguages.Single(index.Site.Language);

    /// <param name="anchors">The findings of the page's department-year, when the page may carry markers: it then gets their legend.</param>
    public PageModel Page(string path, string title, IReadOnlyList<Crumb> trail, object content, SectionMenu? menu = null, string? sourceNote = null, DepartmentYear? year = null,
        FindingAnchors? anchors = null) =>
        new(path, title, SitePaths.RootOf(path), Languages.Language.Tag, index.Site.Title, text.All, trail, menu, sourceNote, content)
        {
            MarkerLegend = anchors is not null && anchors.HasMarkersOn(path) ? Legend(path, anchors.Folder) : null,
            DataVersion = text.Format("footer_version", year is null ? version : index.VersionOf(year)),
            EditionNote = year is null || year.LatestEdition == 1 ? null : EditionNote(path, year),
            Registration = _registration,
            Languages = Languages.LinksFor(path),
        };

    private MarkerLegend Legend(string path, string folder) => new(
        text.Get("marker_legend_intro"), text.Get("marker_legend_discrepancy"), text.Get("marker_legend_rounding"),
        new LinkItem(text.Get("marker_legend_link"), SitePaths.Relative(path, SitePaths.Checks(folder))));

    private LinkItem EditionNote(string path, DepartmentYear year)
    {
        var plain = SitePaths.PlainFolder(index.JurisdictionOf(year), year);
        var edition = year.Report.Edition.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var latest = year.LatestEdition.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return year.IsSuperseded
            ? new LinkItem(text.Format("edition_note_superseded", edition, latest), SitePaths.Relative(path, SitePaths.Overview(plain)), text.Get("edition_see_current"))
            : new LinkItem(text.Format("edition_note_current", edition), SitePaths.Relative(path, SitePaths.Editions(plain)), text.Get("edition_see_changes"));
    }

    /// <summary>首页 › 山西省 › 晋城市 › 泽州县, each linked from <paramref name="fromPage"/>.</summary>
    public List<Crumb> JurisdictionTrail(string fromPage, Jurisdiction jurisdiction)
    {
        var trail = new List<Crumb> { new(text.Get("home"), SitePaths.Relative(fromPage, SitePaths.Home)) };
        trail.AddRange(index.Lineage(jurisdiction).Select(j => new Crumb(j.Name, SitePaths.Relative(fromPage, SitePaths.Jurisdiction(j)))));
        return trail;
    }

    /// <summary>The trail down to a department-year's overview, ending with the current page unlinked.</summary>
    public List<Crumb> DepartmentYearTrail(string fromPage, DepartmentYear year, string folder, string? current)
    {
        var jurisdiction = index.JurisdictionOf(year);
        var trail = JurisdictionTrail(fromPage, jurisdiction);
        trail.Add(new Crumb(year.Department.Name, SitePaths.Relative(fromPage, SitePaths.Department(jurisdiction, year))));
        var label = YearLabel(year);
        trail.Add(current is null ? new Crumb(label, null) : new Crumb(label, SitePaths.Relative(fromPage, SitePaths.Overview(folder))));
        if (current is not null)
        {
            trail.Add(new Crumb(current, null));
        }

        return trail;
    }

    public string YearLabel(DepartmentYear year) => YearLabel(year.Report.Year, year.Report.Kind, year.Report.Edition);

    /// <summary>"2024年部门预算", with "（第2版）" for a later edition.</summary>
    public string YearLabel(int year, ReportKind kind, int edition)
    {
        var label = text.Format("year_label", year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            text.Get(kind == ReportKind.Budget ? "report_kind_budget" : "report_kind_final_accounts"));
        return edition > 1 ? label + text.Format("edition_label", edition.ToString(System.Globalization.CultureInfo.InvariantCulture)) : label;
    }

    /// <summary>The menu of a department-year's pages, one entry per kind the report offers, <paramref name="current"/> marked.</summary>
    public SectionMenu Menu(string fromPage, string folder, DepartmentYear year, string current) => new(
        text.Format("menu_label", $"{year.Department.Name} {YearLabel(year)}"),
        text.Format("menu_summary", text.ForKind(current, year.Report.Kind)),
        PageKindRegistry.All
            .Where(kind => kind.InMenu && kind.Offered(year) && kind.Address(folder) is not null)
            .Select(kind => new MenuItem(text.ForKind(kind.MenuKey, year.Report.Kind), SitePaths.Relative(fromPage, kind.Address(folder)!), kind.MenuKey == current))
            .ToList());

    public string? SourceNote(DepartmentYear year) =>
        year.Source is { } source ? text.Format("footer_source", source.Title, source.Publisher) : null;
}
