using System.Globalization;
using BudgetSiteGen.Checking;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Checks;

namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>
/// The 数据核对 page: every finding in plain language, linked to the exact cell, indicator or item, and for every rule
/// whether it ran, did not apply or could not run, so that a report the rules could not check never reads as clean.
/// </summary>
public sealed class ChecksPage(PageFactory pages)
{
    private UiText Text => pages.Text;

    public PageJob Build(DepartmentYear year, string folder, FindingAnchors anchors, AuditReport? audit = null)
    {
        var path = SitePaths.Checks(folder);
        var descriptions = Auditor.Rules.ToDictionary(r => r.Code, r => Text.Say(r.Description), StringComparer.Ordinal);
        var views = anchors.Numbered.Select(x => View(x.Finding, x.Number, anchors, path)).ToList();
        List<RuleGroupView> Groups(bool rounding) => views
            .Where(v => v.Finding.Kind == FindingKind.Rounding == rounding)
            .GroupBy(v => v.Finding.RuleCode)
            .Select(g => new RuleGroupView(g.Key, descriptions[g.Key], g.Select(v => v.View).ToList()))
            .ToList();
        var discrepancies = views.Count(v => v.Finding.Kind == FindingKind.Discrepancy);
        var summary = Text.Format("checks_summary", Count(discrepancies), Count(views.Count - discrepancies));
        var coverage = audit?.Coverage ?? [];
        var content = new ChecksContent(summary, Groups(false), Groups(true), Count(Auditor.Rules.Count))
        {
            Coverage = coverage.Select(c => Row(c, descriptions)).ToList(),
            CoverageSummary = coverage.Count == 0 ? null : Text.Format("coverage_summary", Count(coverage.Count),
                Count(audit!.RulesRan), Count(audit.RulesNotApplicable), Count(audit.RulesCouldNotRun)),
            CouldNotRunWarning = audit is { RulesCouldNotRun: > 0 } ? Text.Format("coverage_warning", Count(audit.RulesCouldNotRun)) : null,
            RoundingNote = Text.Format("checks_roundings_intro", RoundingSteps(year)),
        };
        var title = Text.Get("menu_checks");
        var model = pages.Page(path, title, pages.DepartmentYearTrail(path, year, folder, title), content,
            pages.Menu(path, folder, year, "menu_checks"), pages.SourceNote(year), year);
        return new PageJob(path, "checks", model);
    }

    private (Finding Finding, FindingView View) View(Finding finding, int number, FindingAnchors anchors, string path)
    {
        var also = finding.Also
            .Where(l => l.Kind != LocationKind.Table || l.TableNumber is not null)
            .Select(l => new LinkItem(Text.Say(l.Description), anchors.Href(l, path)))
            .ToList();
        var view = new FindingView(
            FindingAnchors.Id(number),
            Count(number),
            Text.Get(finding.Kind == FindingKind.Rounding ? "finding_rounding" : "finding_discrepancy"),
            finding.Kind == FindingKind.Rounding,
            Text.Say(finding.Location.Description),
            anchors.Href(finding.Location, path),
            Text.Say(finding.Message),
            also);
        return (finding, view);
    }

    private CoverageRow Row(RuleCoverage coverage, Dictionary<string, string> descriptions)
    {
        var description = descriptions.GetValueOrDefault(coverage.RuleCode, string.Empty);
        return coverage.Status switch
        {
            RuleStatus.Ran => new CoverageRow(coverage.RuleCode, description, Text.Get("coverage_ran"), "ran", Count(coverage.Comparisons),
                coverage.NotChecked.Count == 0 ? null : Text.Format("coverage_partly", Text.Say(Phrase.Join("audit_reasons_separator", coverage.NotChecked)))),
            RuleStatus.NotApplicable => new CoverageRow(coverage.RuleCode, description, Text.Get("coverage_not_applicable"), "not-applicable", "0", Text.SayOrNull(coverage.Reason)),
            _ => new CoverageRow(coverage.RuleCode, description, Text.Get("coverage_could_not_run"), "could-not-run", "0", Text.SayOrNull(coverage.Reason)),
        };
    }

    /// <summary>The smallest printed step of the report's tables, each once: "0.01万元", or "0.01元、0.01万元" when units differ.</summary>
    private string RoundingSteps(DepartmentYear year)
    {
        var steps = year.Tables.Where(t => !t.NoData)
            .Select(t => (t.Decimals, t.Unit))
            .DefaultIfEmpty((Decimals: 2, Unit: year.Report.MoneyUnit))
            .Distinct()
            .Select(step => (step.Decimals > 0 ? "0." + new string('0', step.Decimals - 1) + "1" : "1") + Text.Say(Phrase.Unit(step.Unit)));
        return string.Join(Text.Get("list_separator"), steps);
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
