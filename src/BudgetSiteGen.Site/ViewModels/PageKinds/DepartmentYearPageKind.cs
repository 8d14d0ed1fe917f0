using BudgetSiteGen.Model;
using BudgetSiteGen.ViewModels.Pages;

namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>
/// One kind of page of a department-year (概况, the tables, 绩效目标 …): its menu entry, where it is, what it shows and
/// what it gives the search index. <see cref="PageKindRegistry"/> lists them; the menu, the overview's list of
/// sections, the pages, the search documents and the names card ids may not take are all read from that one list.
/// </summary>
public abstract class DepartmentYearPageKind
{
    /// <summary>The theme string naming the kind in the menu; also the page's id as the current menu entry.</summary>
    public abstract string MenuKey { get; }

    /// <summary>Whether the menu has an entry for the kind (the pages of single tables and cards sit under their index).</summary>
    public virtual bool InMenu => true;

    /// <summary>Whether the overview lists the kind among the report's sections.</summary>
    public virtual bool OnOverview => InMenu;

    /// <summary>Whether a report has the kind: 预算执行 is a page of final accounts only.</summary>
    public virtual bool AppliesTo(DepartmentYear year) => true;

    /// <summary>Whether the menu and the overview offer the kind for this report (a final account without goals leaves 绩效目标 out).</summary>
    public virtual bool Offered(DepartmentYear year) => AppliesTo(year);

    /// <summary>The narrative item (<see cref="NarrativeSections"/>) the kind gives a page of its own; the narrative page points there.</summary>
    public virtual string? NarrativeSection => null;

    /// <summary>The kind's own page in a report's folder, or null for a kind of many pages named by the data (tables, cards).</summary>
    public abstract string? Address(string folder);

    /// <summary>Every address of the kind whose name does not come from the data, such as performance/department.html.</summary>
    public virtual IEnumerable<string> FixedAddresses(string folder) => Address(folder) is { } address ? [address] : [];

    public abstract IEnumerable<PageJob> Build(PageKindContext context);

    /// <summary>What the kind's pages give the search index; nothing by default (the checks and downloads pages are not results).</summary>
    public virtual IEnumerable<SearchEntry> Search(PageKindContext context) => [];

    /// <summary>The overview's link to the kind, with a count or note where one helps.</summary>
    public virtual LinkItem? OverviewLink(PageKindContext context, string fromPage) =>
        Offered(context.Year) && Address(context.Folder) is { } address
            ? new LinkItem(context.Text.ForKind(MenuKey, context.Kind), context.Relative(fromPage, address), OverviewNote(context))
            : null;

    protected virtual string? OverviewNote(PageKindContext context) => null;

    protected static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
