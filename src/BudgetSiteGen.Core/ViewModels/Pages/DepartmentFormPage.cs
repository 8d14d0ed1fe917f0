using BudgetSiteGen.Formatting;
using System.Globalization;
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
        var facts = new List<FactRow>();
        Add(facts, "form_department", form.DepartmentLabel);
        Add(facts, "form_internal_units", Count(form.InternalUnits));
        Add(facts, "form_budget_units", Count(form.BudgetUnits));
        Add(facts, "staff_authorised", Count(form.Staffing?.Authorised));
        Add(facts, "staff_active", Count(form.Staffing?.Active));
        Add(facts, "form_on_establishment", Count(form.Staffing?.OnEstablishment));
        Add(facts, "form_other_staff", Count(form.Staffing?.Other));

        var bySource = new List<FactRow>();
        if (form.FundsBySource is { } s)
        {
            Add(bySource, "funds_total", AmountText.Format(s.Total));
            Add(bySource, "source_general_public_budget", AmountText.Format(s.GeneralPublicBudget));
            Add(bySource, "source_government_fund", AmountText.Format(s.GovernmentFund));
            Add(bySource, "source_state_capital", AmountText.Format(s.StateCapital));
            Add(bySource, "source_social_insurance_fund", AmountText.Format(s.SocialInsuranceFund));
            Add(bySource, "source_special_account", AmountText.Format(s.SpecialAccount));
            Add(bySource, "source_unit_funds", AmountText.Format(s.UnitFunds));
        }

        var byUse = new List<FactRow>();
        if (form.FundsByUse is { } u)
        {
            Add(byUse, "funds_total", AmountText.Format(u.Total));
            Add(byUse, "figure_basic", AmountText.Format(u.Basic));
            Add(byUse, "figure_project", AmountText.Format(u.Project));
        }

        var texts = new List<LabelledText>();
        AddText(texts, "form_duties", form.Duties);
        AddText(texts, "form_strategic_goals", form.StrategicGoals);
        AddText(texts, "form_annual_goals", form.AnnualGoals);
        var tasks = form.KeyTasks.Select(t => new FactRow(t.Function, t.Task)).ToList();
        var indicators = new List<IndicatorTable> { IndicatorTableBuilder.Build("form", Text.Get("indicators_annual"), form.Indicators) };
        var content = new DepartmentFormContent(form.Title, anchors.For("department-form", path), facts, Text.Format("unit_label", form.Unit.Symbol()), bySource, byUse, tasks, texts, indicators,
            new LinkItem(Text.Get("menu_performance"), SitePaths.Relative(path, SitePaths.PerformanceIndex(folder))));
        var trail = pages.DepartmentYearTrail(path, year, folder, Text.Get("menu_performance"));
        trail[^1] = new Crumb(Text.Get("menu_performance"), SitePaths.Relative(path, SitePaths.PerformanceIndex(folder)));
        trail.Add(new Crumb(Text.Get("department_form"), null));
        var model = pages.Page(path, Text.Get("department_form"), trail, content, pages.Menu(path, folder, year, "menu_performance"), pages.SourceNote(year));
        return new PageJob(path, "department-form", model);
    }

    private static string? Count(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private void Add(List<FactRow> facts, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            facts.Add(new FactRow(Text.Get(key), value));
        }
    }

    private void AddText(List<LabelledText> texts, string key, string? markdown)
    {
        if (MarkdownText.ToHtml(markdown) is { } html)
        {
            texts.Add(new LabelledText(Text.Get(key), html));
        }
    }
}
