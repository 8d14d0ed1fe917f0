using BudgetSiteGen.Routing;

namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>
/// Every kind of page a department-year has, in menu order. Adding a kind means a class here and its template: the menu,
/// the overview's sections, the pages built, the search documents and the card ids refused all follow this list.
/// </summary>
public static class PageKindRegistry
{
    // Declared before the list that holds it: static initialisers run in order.
    public static TablesKind Tables { get; } = new();

    public static IReadOnlyList<DepartmentYearPageKind> All { get; } =
    [
        new OverviewKind(),
        new ProfileKind(),
        Tables,
        new ExecutionKind(),
        new NarrativeKind(),
        new PerformanceKind(),
        new AssetsKind(),
        new OtherNotesKind(),
        new GlossaryKind(),
        new SourceKind(),
        new DownloadsKind(),
        new ChecksKind(),
        new DisclosureKind(),
    ];

    /// <summary>
    /// Card ids that would give a card the address of a page beside it (performance/index.html, performance/department.html):
    /// read from the kinds' addresses, so a page added cannot collide with a card unnoticed.
    /// </summary>
    public static IReadOnlySet<string> ReservedCardIds { get; } = All
        .SelectMany(kind => kind.FixedAddresses("f"))
        .Where(page => Path.GetDirectoryName(page) == Path.GetDirectoryName(SitePaths.Card("f", "card")))
        .Select(page => Path.GetFileNameWithoutExtension(page))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The kind that gives the narrative item <paramref name="narrativeId"/> a page of its own, if one does.</summary>
    public static DepartmentYearPageKind? OwnPageOf(string narrativeId) => All.FirstOrDefault(kind => kind.NarrativeSection == narrativeId);
}
