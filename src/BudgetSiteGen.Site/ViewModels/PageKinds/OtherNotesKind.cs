using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Pages;

namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>其他说明: the narrative's last item, on a page of its own.</summary>
public sealed class OtherNotesKind : DepartmentYearPageKind
{
    public override string MenuKey => "menu_other";

    public override string? NarrativeSection => NarrativeSections.Other;

    public override string? Address(string folder) => SitePaths.OtherNotes(folder);

    public override IEnumerable<PageJob> Build(PageKindContext c)
    {
        yield return c.Page(SitePaths.OtherNotes(c.Folder), MenuKey, "text", new TextContent(MarkdownText.ToHtml(Body(c))));
    }

    public override IEnumerable<SearchEntry> Search(PageKindContext c) =>
        [new(SitePaths.OtherNotes(c.Folder), c.Text.Get(MenuKey), "other", [new(Body(c) ?? string.Empty, SearchWeight.Body)])];

    private string? Body(PageKindContext c) => c.Year.Narrative.FirstOrDefault(n => n.Id == NarrativeSection)?.Body;
}
