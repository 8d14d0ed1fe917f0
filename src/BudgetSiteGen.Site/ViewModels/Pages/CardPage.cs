using System.Globalization;
using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Checks;

namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>One project's performance card as a page.</summary>
public sealed class CardPage(PageFactory pages)
{
    private UiText Text => pages.Text;

    public PageJob Build(DepartmentYear year, string folder, PerformanceCard card, FindingAnchors anchors)
    {
        var path = SitePaths.Card(folder, card.Id);
        var facts = new FactList(Text)
            .Fact("card_department", card.DepartmentLabel)
            .Fact("card_implementer", card.Implementer)
            .Fact("card_attribute", card.Attribute)
            .Fact("card_period", card.Period)
            .Fact("card_filed_at", card.FiledAt?.ToString(card.FiledAt.Value.Second == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))
            .Text("card_overview", card.Overview)
            .Text("card_basis", card.Basis)
            .Text("card_necessity", card.Necessity)
            .Text("card_measures", card.Measures)
            .Text("card_plan", card.Plan);

        var funds = new List<FundsRow>
        {
            Funds("funds_total", card.PeriodFunds.Total, card.YearFunds.Total, true),
            Funds("funds_central", card.PeriodFunds.Central, card.YearFunds.Central, false),
            Funds("funds_provincial", card.PeriodFunds.Provincial, card.YearFunds.Provincial, false),
            Funds("funds_local", card.PeriodFunds.Local, card.YearFunds.Local, false),
            Funds("funds_self_raised", card.PeriodFunds.SelfRaised, card.YearFunds.SelfRaised, false),
            Funds("funds_other", card.PeriodFunds.Other, card.YearFunds.Other, false),
        };

        var indicators = new List<IndicatorTable>
        {
            IndicatorTableBuilder.Build("period", Text.Get("indicators_period"), card.PeriodIndicators, key => anchors.For($"{card.Id}/{key}", path)),
            IndicatorTableBuilder.Build("year", Text.Get("indicators_year"), card.YearIndicators, key => anchors.For($"{card.Id}/{key}", path)),
        };
        var content = new CardContent(card.Name, facts.Facts, funds, anchors.For($"{card.Id}/funds", path), facts.Texts, MarkdownText.ToHtml(card.PeriodGoal), MarkdownText.ToHtml(card.YearGoal), indicators,
            new LinkItem(Text.Get("menu_performance"), SitePaths.Relative(path, SitePaths.PerformanceIndex(folder))));
        var model = pages.Page(path, card.Name, Trail(path, year, folder, card.Name), content,
            pages.Menu(path, folder, year, "menu_performance"), pages.SourceNote(year), year, anchors);
        return new PageJob(path, "card", model);
    }

    private List<Crumb> Trail(string path, DepartmentYear year, string folder, string name)
    {
        var trail = pages.DepartmentYearTrail(path, year, folder, Text.Get("menu_performance"));
        trail[^1] = new Crumb(Text.Get("menu_performance"), SitePaths.Relative(path, SitePaths.PerformanceIndex(folder)));
        trail.Add(new Crumb(name, null));
        return trail;
    }

    private FundsRow Funds(string key, decimal? period, decimal? year, bool isTotal) =>
        new(Text.Get(key), AmountText.Format(period) ?? Text.Get("blank_cell"), period is null, AmountText.Format(year) ?? Text.Get("blank_cell"), year is null, isTotal);
}
