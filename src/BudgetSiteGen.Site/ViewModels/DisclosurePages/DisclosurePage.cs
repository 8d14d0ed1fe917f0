using BudgetSiteGen.Disclosure;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Pages;

namespace BudgetSiteGen.ViewModels.DisclosurePages;

/// <summary>A department-year's 公开合规 page: every checklist item with its outcome, evidence and source.</summary>
public sealed class DisclosurePage(PageFactory pages)
{
    private const string MenuKey = "menu_disclosure";

    private UiText Text => pages.Text;

    public PageJob Build(DepartmentYear year, string folder)
    {
        var path = SitePaths.Disclosure(folder);
        var results = DisclosureChecklist.Evaluate(year, pages.Index.Shared.Layouts);
        var items = results.Select(result => new DisclosureItemView(
            result.Item,
            DisclosureWords.Name(Text, result.Item),
            DisclosureWords.Rule(Text, result.Item),
            OutcomeView.Of(result.Outcome, Text),
            result.Notes.Select(note => new EvidenceLine(DisclosureWords.Note(Text, note), Href(note, path, folder))).ToList(),
            DisclosureWords.Source(Text, result.Item))).ToList();
        var content = new DisclosureContent(DisclosureWords.Summary(Text, results.Select(r => r.Outcome)), items,
            new LinkItem(Text.Get("site_disclosure_title"), SitePaths.Relative(path, SitePaths.AllDisclosure)));
        var heading = Text.Get(MenuKey);
        var model = pages.Page(path, heading, pages.DepartmentYearTrail(path, year, folder, heading), content,
            pages.Menu(path, folder, year, MenuKey), pages.SourceNote(year), year);
        return new PageJob(path, "disclosure", model);
    }

    /// <summary>Evidence in a table links to the table's page; evidence in a section to the section on the narrative page.</summary>
    private static string? Href(DisclosureNote note, string fromPage, string folder) =>
        note.Table is { } number ? SitePaths.Relative(fromPage, SitePaths.Table(folder, number))
        : note.Section is { } id ? SitePaths.Relative(fromPage, SitePaths.Narrative(folder)) + "#" + id
        : null;
}
