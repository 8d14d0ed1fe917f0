using BudgetSiteGen.Checking;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Pages;

namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>数据核对: every finding of the audit on the report, and what each rule checked.</summary>
public sealed class ChecksKind : DepartmentYearPageKind
{
    public override string MenuKey => "menu_checks";

    public override string? Address(string folder) => SitePaths.Checks(folder);

    protected override string? OverviewNote(PageKindContext c)
    {
        var discrepancies = c.Anchors.Numbered.Count(f => f.Finding.Kind == FindingKind.Discrepancy);
        var roundings = c.Anchors.Numbered.Count - discrepancies;
        return c.Text.Format("checks_count", Count(discrepancies), Count(roundings));
    }

    public override IEnumerable<PageJob> Build(PageKindContext c)
    {
        yield return new ChecksPage(c.Pages).Build(c.Year, c.Folder, c.Anchors, c.Audit);
    }
}
