using System.Globalization;
using BudgetSiteGen.Checking;
using BudgetSiteGen.Routing;

namespace BudgetSiteGen.ViewModels.Checks;

/// <summary>
/// Where a finding points on the site, and the markers each affected figure carries back to it. Anchor
/// names are shared with the table and card views: a cell is t{table}-{section}-r{row}-c{column}, an
/// indicator is {period|year}-{n}, a narrative item is its id.
/// </summary>
public sealed class FindingAnchors
{
    private readonly Dictionary<string, List<Marker>> _markers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pagesWithMarkers = new(StringComparer.Ordinal);

    public FindingAnchors(AuditReport? report, string folder, UiText text)
    {
        Folder = folder;
        // Discrepancies first: they are what a reader came for; rounding differences follow.
        Numbered = (report?.Findings ?? []).OrderBy(f => f.Kind).Select((finding, index) => (finding, Number: index + 1)).ToList();
        foreach (var (finding, number) in Numbered)
        {
            var label = text.Format(finding.Kind == FindingKind.Rounding ? "marker_rounding_label" : "marker_label", number.ToString(CultureInfo.InvariantCulture));
            var marker = new Marker(Id(number), number.ToString(CultureInfo.InvariantCulture), label, finding.Kind == FindingKind.Rounding);
            Add(Key(finding.Location), marker);
        }
    }

    public string Folder { get; }

    public IReadOnlyList<(Finding Finding, int Number)> Numbered { get; }

    public static string Id(int number) => string.Create(CultureInfo.InvariantCulture, $"finding-{number}");

    public static string CellAnchor(int table, string section, int row, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"t{table}-{section}-r{row}-c{column}");

    /// <summary>The markers for a place, each linking to the 数据核对 page from <paramref name="fromPage"/>.</summary>
    public IReadOnlyList<Marker> For(string key, string fromPage)
    {
        if (!_markers.TryGetValue(key, out var markers))
        {
            return [];
        }

        _pagesWithMarkers.Add(fromPage);
        var checks = SitePaths.Relative(fromPage, SitePaths.Checks(Folder));
        return markers.Select(m => m with { Href = checks + "#" + m.Href }).ToList();
    }

    /// <summary>Whether any marker was handed out for the page at <paramref name="page"/>, so that it needs the legend.</summary>
    public bool HasMarkersOn(string page) => _pagesWithMarkers.Contains(page);

    /// <summary>The link from the 数据核对 page to the place a finding is about.</summary>
    public string Href(FindingLocation location, string fromPage)
    {
        var page = location.Kind switch
        {
            LocationKind.TableCell or LocationKind.Table => SitePaths.Table(Folder, location.TableNumber!.Value),
            LocationKind.Card or LocationKind.CardIndicator => SitePaths.Card(Folder, location.CardId!),
            LocationKind.Narrative => SitePaths.Narrative(Folder),
            LocationKind.Profile => SitePaths.Profile(Folder),
            _ => SitePaths.DepartmentForm(Folder),
        };
        var anchor = location.Kind switch
        {
            LocationKind.TableCell or LocationKind.Narrative => "#" + Key(location),
            LocationKind.CardIndicator => string.Create(CultureInfo.InvariantCulture, $"#{location.IndicatorColumn}-{location.IndicatorIndex + 1}"),
            LocationKind.Card => "#funds",
            _ => string.Empty,
        };
        return SitePaths.Relative(fromPage, page) + anchor;
    }

    public static string Key(FindingLocation location) => location.Kind switch
    {
        LocationKind.TableCell => CellAnchor(location.TableNumber!.Value, location.SectionId!, location.RowIndex!.Value, location.ColumnIndex!.Value),
        LocationKind.Table => string.Create(CultureInfo.InvariantCulture, $"table-{location.TableNumber}"),
        LocationKind.CardIndicator => string.Create(CultureInfo.InvariantCulture, $"{location.CardId}/{location.IndicatorColumn}-{location.IndicatorIndex + 1}"),
        LocationKind.Card => $"{location.CardId}/funds",
        LocationKind.Narrative => location.NarrativeId!,
        LocationKind.Profile => "profile",
        _ => "department-form",
    };

    private void Add(string key, Marker marker)
    {
        if (!_markers.TryGetValue(key, out var list))
        {
            _markers[key] = list = [];
        }

        list.Add(marker);
    }
}
