using System.Globalization;
using BudgetSiteGen.Model;
using BudgetSiteGen.Publishing;
using BudgetSiteGen.Routing;

namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>editions.html beside the plain address of a report that was republished with corrections.</summary>
public sealed class EditionsPage(PageFactory pages)
{
    public PageJob Build(IReadOnlyList<DepartmentYear> editions)
    {
        var ordered = editions.OrderBy(e => e.Report.Edition).ToList();
        var latest = ordered[^1];
        var jurisdiction = pages.Index.JurisdictionOf(latest);
        var plain = SitePaths.PlainFolder(jurisdiction, latest);
        var path = SitePaths.Editions(plain);
        var links = ordered.Select(e => new LinkItem(
            pages.Text.Format("edition_name", Number(e.Report.Edition)),
            SitePaths.Relative(path, SitePaths.Overview(SitePaths.EditionFolder(jurisdiction, e))),
            e == latest ? pages.Text.Get("edition_current") : pages.Text.Get("edition_superseded"))).ToList();
        var steps = ordered.Zip(ordered.Skip(1)).Select(pair => new EditionStep(
            pages.Text.Format("edition_step", Number(pair.First.Report.Edition), Number(pair.Second.Report.Edition)),
            EditionDiff.Compare(pair.First, pair.Second).Select(c => new EditionChangeView(pages.Text.Say(c.Where), pages.Text.Say(c.Old), pages.Text.Say(c.New))).ToList())).ToList();
        var title = pages.Text.Get("editions_title");
        var model = pages.Page(path, title, pages.DepartmentYearTrail(path, latest, plain, title), new EditionsContent(links, steps),
            pages.Menu(path, plain, latest, "menu_overview"), pages.SourceNote(latest), latest);
        return new PageJob(path, "editions", model);
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
