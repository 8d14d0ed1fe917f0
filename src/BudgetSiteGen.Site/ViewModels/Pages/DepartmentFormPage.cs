using System.Globalization;
using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Checks;

namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>The department-wide performance form as a page.</summary>
public sealed class DepartmentFormPage(PageFactory pages)
{
    private UiText Text => pages.Text;

    public PageJob Build(DepartmentYear year, string folder, DepartmentForm form, FindingAnchors anchors)
    {
        var path = SitePaths.DepartmentForm(folder);
        var facts = new FactList(Text)
            .Fact("form_department", form.DepartmentLabel)
            .Fact("form_internal_units", Count(form.InternalUnits))
            .Fact("form_budget_units", Count(form.BudgetUnits))
            .Fact("staff_authorised", Count(form.Staffing?.Authorised))
            .Fact("staff_active", Count(form.Staffing?.Active))
            .Fact("form_on_establishment", Count(form.Staffing?.OnEstablishment))
            .Fact("form_other_staff", Count(form.Staffing?.Other))
            .Text("form_duties", form.Duties)
            .Text("form_strategic_goals", form.StrategicGoals)
            .Text("form_annual_goals", form.AnnualGoals);
        var s = form.FundsBySource;
        var bySource = new FactList(Text)
            .Fact("funds_total", AmountText.Format(s?.Total))
            .Fact("source_general_public_budget", AmountText.Format(s?.GeneralPublicBudget))
            .Fact("source_government_fund", AmountText.Format(s?.GovernmentFund))
            .Fact("source_state_capital", AmountText.Format(s?.StateCapital))
            .Fact("source_social_insurance_fund", AmountText.Format(s?.SocialInsuranceFund))
            .Fact("source_special_account", AmountText.Format(s?.SpecialAccount))
            .Fact("source_unit_funds", AmountText.Format(s?.UnitFunds));
        var u = form.FundsByUse;
        var byUse = new FactList(Text)
            .Fact("funds_total", AmountText.Format(u?.Total))
            .Fact("figure_basic", AmountText.Format(u?.Basic))
            .Fact("figure_project", AmountText.Format(u?.Project));
        var tasks = form.KeyTasks.Select(t => new FactRow(t.Function, t.Task)).ToList();
        var indicators = new List<IndicatorTable> { IndicatorTableBuilder.Build("form", Text.Get("indicators_annual"), form.Indicators) };
        var content = new DepartmentFormContent(form.Title, anchors.For("department-form", path), facts.Facts, Text.Format("unit_label", Text.UnitName(form.Unit)), bySource.Facts, byUse.Facts, tasks, facts.Texts, indicators,
            new LinkItem(Text.Get("menu_performance"), SitePaths.Relative(path, SitePaths.PerformanceIndex(folder))));
        var trail = pages.DepartmentYearTrail(path, year, folder, Text.Get("menu_performance"));
        trail[^1] = new Crumb(Text.Get("menu_performance"), SitePaths.Relative(path, SitePaths.PerformanceIndex(folder)));
        trail.Add(new Crumb(Text.Get("department_form"), null));
        var model = pages.Page(path, Text.Get("department_form"), trail, content, pages.Menu(path, folder, year, "menu_performance"), pages.SourceNote(year), year, anchors);
        return new PageJob(path, "department-form", model);
    }

    private static string? Count(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
