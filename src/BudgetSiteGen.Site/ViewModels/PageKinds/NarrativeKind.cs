using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Pages;

namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>情况说明: the report's numbered narrative, pointing to the pages of its own that some items have.</summary>
public sealed class NarrativeKind : DepartmentYearPageKind
{
    public override string MenuKey => "menu_narrative";

    public override string? Address(string folder) => SitePaths.Narrative(folder);

    protected override string? OverviewNote(PageKindContext c) => c.Text.Format("count_items", Count(c.Year.Narrative.Count));

    public override IEnumerable<PageJob> Build(PageKindContext c)
    {
        var path = SitePaths.Narrative(c.Folder);
        var items = c.Year.Narrative.Select(item =>
        {
            var heading = item.Number is null ? item.Title : $"{item.Number}、{item.Title}";
            var markers = c.Anchors.For(item.Id, path);
            return PageKindRegistry.OwnPageOf(item.Id) is { } own && own.Address(c.Folder) is { } address
                ? new NarrativeSection(item.Id, heading, null, new LinkItem(c.Text.Get(own.MenuKey), c.Relative(path, address)), markers)
                : new NarrativeSection(item.Id, heading, MarkdownText.ToHtml(item.Body), null, markers);
        }).ToList();
        var contents = items.Select(i => new LinkItem(i.Heading, "#" + i.Id)).ToList();
        yield return c.Page(path, MenuKey, "narrative", new NarrativeContent(items, contents));
    }

    public override IEnumerable<SearchEntry> Search(PageKindContext c)
    {
        var narrative = c.Year.Narrative.Where(n => PageKindRegistry.OwnPageOf(n.Id) is null).ToList();
        yield return new SearchEntry(SitePaths.Narrative(c.Folder), c.Text.Get(MenuKey), "narrative",
            narrative.Select(n => new SearchText(n.Title, SearchWeight.Name)).Concat(narrative.Select(n => new SearchText(n.Body, SearchWeight.Body))).ToList());
    }
}
