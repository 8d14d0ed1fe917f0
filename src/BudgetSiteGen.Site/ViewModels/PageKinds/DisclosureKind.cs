using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.DisclosurePages;
using BudgetSiteGen.ViewModels.Pages;

namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>公开合规: the report against the disclosure checklist.</summary>
public sealed class DisclosureKind : DepartmentYearPageKind
{
    public override string MenuKey => "menu_disclosure";

    public override bool OnOverview => false;

    public override string? Address(string folder) => SitePaths.Disclosure(folder);

    public override IEnumerable<PageJob> Build(PageKindContext c)
    {
        yield return new DisclosurePage(c.Pages).Build(c.Year, c.Folder);
    }
}
