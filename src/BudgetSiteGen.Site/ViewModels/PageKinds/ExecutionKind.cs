using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Execution;
using BudgetSiteGen.ViewModels.Pages;

namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>预算执行: a final account's figures beside the budget they executed (final accounts only).</summary>
public sealed class ExecutionKind : DepartmentYearPageKind
{
    public override string MenuKey => "menu_execution";

    public override bool AppliesTo(DepartmentYear year) => year.Report.Kind == ReportKind.FinalAccounts;

    public override string? Address(string folder) => SitePaths.Execution(folder);

    public override IEnumerable<PageJob> Build(PageKindContext c)
    {
        yield return new ExecutionPage(c.Pages).Build(c.Year, c.Folder, c.Paired);
    }

    public override IEnumerable<SearchEntry> Search(PageKindContext c) =>
    [
        new(SitePaths.Execution(c.Folder), c.Text.Get(MenuKey), "other",
            [new(c.Text.Get("execution_intro"), SearchWeight.Body), new(c.Text.Get("execution_paired_heading"), SearchWeight.Body)]),
    ];

    /// <summary>
    /// A final account links its own page; a budget links the page of the final account of the same year, which pairs the two.
    /// </summary>
    public override LinkItem? OverviewLink(PageKindContext c, string fromPage)
    {
        if (AppliesTo(c.Year))
        {
            var note = c.Paired is { } budget ? c.Text.Format("execution_pairs_note", c.Pages.YearLabel(budget.Year)) : null;
            return new LinkItem(c.Text.Get(MenuKey), c.Relative(fromPage, SitePaths.Execution(c.Folder)), note);
        }

        return c.Paired is { Year.Report.Kind: ReportKind.FinalAccounts } final
            ? new LinkItem(c.Text.Get(MenuKey), c.Relative(fromPage, SitePaths.Execution(final.Folder)),
                c.Text.Format("execution_pairs_note", c.Pages.YearLabel(final.Year)))
            : null;
    }
}
