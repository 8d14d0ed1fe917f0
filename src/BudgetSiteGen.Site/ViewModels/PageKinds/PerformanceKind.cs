using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Pages;

namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>绩效目标: the list of performance cards, the department-wide form and a page for each card.</summary>
public sealed class PerformanceKind : DepartmentYearPageKind
{
    public override string MenuKey => "menu_performance";

    /// <summary>
    /// Final accounts seldom publish performance goals; when one has none, its menu and overview leave the section out
    /// rather than offer an empty page (a budget keeps it: a budget without goals is worth saying so).
    /// </summary>
    public override bool Offered(DepartmentYear year) =>
        !(year.Report.Kind == ReportKind.FinalAccounts && year.Performance.Cards.Count == 0 && year.Performance.DepartmentForm is null);

    public override string? Address(string folder) => SitePaths.PerformanceIndex(folder);

    public override IEnumerable<string> FixedAddresses(string folder) => [SitePaths.PerformanceIndex(folder), SitePaths.DepartmentForm(folder)];

    protected override string? OverviewNote(PageKindContext c) => c.Text.Format("count_cards", Count(c.Year.Performance.Cards.Count));

    public override IEnumerable<PageJob> Build(PageKindContext c)
    {
        yield return Index(c);
        if (c.Year.Performance.DepartmentForm is { } form)
        {
            yield return new DepartmentFormPage(c.Pages).Build(c.Year, c.Folder, form, c.Anchors);
        }

        foreach (var card in c.Year.Performance.Cards)
        {
            yield return new CardPage(c.Pages).Build(c.Year, c.Folder, card, c.Anchors);
        }
    }

    public override IEnumerable<SearchEntry> Search(PageKindContext c)
    {
        var performance = c.Year.Performance;
        yield return new SearchEntry(SitePaths.PerformanceIndex(c.Folder), c.Text.Get(MenuKey), "performance",
            [new(string.Join(" ", performance.Cards.Select(card => card.Name)), SearchWeight.Body)]);
        if (performance.DepartmentForm is { } form)
        {
            yield return new SearchEntry(SitePaths.DepartmentForm(c.Folder), c.Text.Get("department_form"), "performance",
                [new(string.Join(" ", form.Indicators.Select(i => i.Name)), SearchWeight.Name), new(form.Duties ?? string.Empty, SearchWeight.Body),
                 new(form.StrategicGoals ?? string.Empty, SearchWeight.Body), new(form.AnnualGoals ?? string.Empty, SearchWeight.Body)]);
        }

        foreach (var card in performance.Cards)
        {
            var indicators = card.PeriodIndicators.Concat(card.YearIndicators).Select(i => i.Name).Distinct();
            yield return new SearchEntry(SitePaths.Card(c.Folder, card.Id), card.Name, "performance",
                [new(string.Join(" ", indicators), SearchWeight.Name), new(card.Overview ?? string.Empty, SearchWeight.Body), new(card.Basis ?? string.Empty, SearchWeight.Body),
                 new(card.Plan ?? string.Empty, SearchWeight.Body), new(card.PeriodGoal ?? string.Empty, SearchWeight.Body)]);
        }
    }

    private PageJob Index(PageKindContext c)
    {
        var path = SitePaths.PerformanceIndex(c.Folder);
        var form = c.Year.Performance.DepartmentForm is { } f
            ? new LinkItem(f.Title, c.Relative(path, SitePaths.DepartmentForm(c.Folder)))
            : null;
        var cards = c.Year.Performance.Cards.Select(card => new CardSummary(
            card.Name,
            c.Relative(path, SitePaths.Card(c.Folder, card.Id)),
            AmountText.Format(card.YearFunds.Total),
            card.Attribute)).ToList();
        var total = c.Year.Performance.Cards.Sum(card => card.YearFunds.Total ?? 0m);
        return c.Page(path, MenuKey, "performance", new PerformanceIndexContent(form, cards, cards.Count > 0 ? AmountText.Format(total) : null, cards.Count));
    }
}
