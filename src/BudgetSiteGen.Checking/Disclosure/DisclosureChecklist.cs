using BudgetSiteGen.Disclosure.Items;
using BudgetSiteGen.Model;
using BudgetSiteGen.Model.Layouts;

namespace BudgetSiteGen.Disclosure;

/// <summary>
/// The disclosure checklist (公开合规): what the rules for publishing 部门预算 and 部门决算 require of every report, each item
/// judged from the model alone, for any layout and either kind of report. The order here is the order of the pages'
/// rows and the CSV's columns. Sources and thresholds are in docs/disclosure.md.
/// </summary>
public static class DisclosureChecklist
{
    public static IReadOnlyList<IDisclosureItem> Items { get; } =
    [
        new RequiredTablesItem(),
        new EmptyTableStatementsItem(),
        new ThreePublicItem(),
        new OperatingCostsItem(),
        new ProcurementItem(),
        new StateAssetsItem(),
        new PerformanceGoalsItem(),
        new BudgetVarianceItem(),
        new GlossaryItem(),
        new TimelinessItem(),
    ];

    public static IReadOnlyList<DisclosureResult> Evaluate(DepartmentYear year, IReadOnlyDictionary<string, ReportLayout> layouts)
    {
        var layout = year.Report.Layout is { } id ? layouts.GetValueOrDefault(id) : null;
        var subject = new DisclosureSubject(year, layout);
        return Items.Select(item => item.Evaluate(subject)).ToList();
    }
}
