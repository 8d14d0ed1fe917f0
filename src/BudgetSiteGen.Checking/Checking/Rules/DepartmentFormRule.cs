using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// The department-wide performance form agrees with the tables and with itself: its funds by source with
/// table 1's income, its total with this year's income, its project funds with table 12, its basic
/// expenditure with tables 5 and 8, its parts with its totals, and its staff with 概况.
/// </summary>
public sealed class DepartmentFormRule : AuditRule
{
    public override string Code => "BSG214";

    public override string Description => "部门整体绩效目标表与预算表一致，且自身各项之和等于合计";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        if (year.Performance.DepartmentForm is not { } form)
        {
            return [];
        }

        var findings = new List<Finding?>();
        var t1 = year.Table(TableType.BudgetSummary);
        var income = t1?.Sections.FirstOrDefault(s => s.Id == SummarySections.Income);
        if (form.FundsBySource is { } sources)
        {
            findings.Add(Internal(run, form, "按资金来源", sources.Total,
                [sources.GeneralPublicBudget, sources.GovernmentFund, sources.StateCapital, sources.SocialInsuranceFund, sources.SpecialAccount, sources.UnitFunds]));
            if (t1 is not null && income is not null)
            {
                findings.Add(Against(run, form, "按资金来源 · 合计", sources.Total, Row(t1, income, r => r.Role == FigureRole.Subtotal), t1.Unit));
                findings.Add(Against(run, form, "一般公共预算资金", sources.GeneralPublicBudget, Row(t1, income, r => r.Role == FigureRole.GeneralPublicBudget && r.Level == 1), t1.Unit));
                findings.Add(Against(run, form, "政府性基金预算资金", sources.GovernmentFund, Row(t1, income, r => r.Role == FigureRole.GovernmentFund && r.Level == 1), t1.Unit));
                findings.Add(Against(run, form, "国有资本经营预算资金", sources.StateCapital, Row(t1, income, r => r.Role == FigureRole.StateCapital && r.Level == 1), t1.Unit));
            }
        }

        if (form.FundsByUse is { } uses)
        {
            findings.Add(Internal(run, form, "按资金方向", uses.Total, [uses.Basic, uses.Project]));
            if (year.Table(TableType.ProjectsCurrent) is { NoData: false } t12)
            {
                var cell = TableShape.TotalCell(t12, FigureRole.Total);
                var value = TableShape.Total(t12, FigureRole.Total);
                findings.Add(Compared(run, form, "项目支出", uses.Project, value, t12.Unit, cell?.Location ?? new FindingLocation(LocationKind.Table, t12.Label ?? t12.Title, t12.Number)));
            }

            if (year.Table(TableType.GeneralBudgetExpenditure) is { } t5)
            {
                var basic = (TableShape.Total(t5, FigureRole.Basic) ?? 0m) +
                    (year.Table(TableType.GovernmentFundExpenditure) is { NoData: false } t8 ? TableShape.Total(t8, FigureRole.Basic) ?? 0m : 0m);
                findings.Add(Compared(run, form, "基本支出", uses.Basic, basic, t5.Unit, new FindingLocation(LocationKind.Table, $"{t5.Label ?? "表5"}（基本支出）", t5.Number)));
            }
        }

        var staffing = year.Overview.Staffing;
        if (form.Staffing?.Active is { } active && staffing?.Active is { } stated && active != stated)
        {
            findings.Add(new Finding(Code, FindingKind.Discrepancy, Location(form, "实际在职人员总数"),
                $"整体绩效目标表填在职人员 {active} 人，部门概况为 {stated} 人。", stated, active, active - stated, "人", []));
        }

        return findings.OfType<Finding>();
    }

    private static (decimal?, FindingLocation)? Row(BudgetTable table, TableSection section, Func<TableRow, bool> match)
    {
        var row = section.Rows.ToList().FindIndex(r => match(r));
        return row < 0 ? null : (section.Rows[row].Values[0], new CellRef(table, section, row, 0).Location);
    }

    private Finding? Against(RuleRun run, DepartmentForm form, string what, decimal? value, (decimal?, FindingLocation)? table, MoneyUnit unit) =>
        table is { } t ? Compared(run, form, what, value, t.Item1, unit, t.Item2) : null;

    /// <summary>A form figure against a table figure, the table's converted exactly into the form's unit.</summary>
    private Finding? Compared(RuleRun run, DepartmentForm form, string what, decimal? formValue, decimal? tableValue, MoneyUnit tableUnit, FindingLocation where)
    {
        run.Compared();
        if (formValue is null && tableValue is null)
        {
            return null;
        }

        var a = formValue ?? 0m;
        var b = tableValue is { } v ? tableUnit.Convert(v, form.Unit) : 0m;
        var kind = Tolerance.Classify(b, a, 1, 2);
        return kind is null
            ? null
            : new Finding(Code, kind.Value, Location(form, what),
                $"整体绩效目标表“{what}”为 {Compare.Amount(a)}{form.Unit.Symbol()}，{where.Description} 为 {Compare.Amount(b)}{form.Unit.Symbol()}，相差 {Compare.Signed(a - b)}{form.Unit.Symbol()}。",
                b, a, a - b, form.Unit.Symbol(), [where]);
    }

    private Finding? Internal(RuleRun run, DepartmentForm form, string what, decimal? total, decimal?[] parts)
    {
        var present = parts.OfType<decimal>().ToList();
        if (total is not { } t || present.Count == 0)
        {
            return null;
        }

        run.Compared();
        var sum = present.Sum();
        var kind = Tolerance.Classify(sum, t, present.Count, 2);
        return kind is null
            ? null
            : new Finding(Code, kind.Value, Location(form, what),
                $"整体绩效目标表“{what}”合计 {Compare.Amount(t)}{form.Unit.Symbol()}，各项之和 {Compare.Amount(sum)}{form.Unit.Symbol()}，相差 {Compare.Signed(t - sum)}{form.Unit.Symbol()}。",
                sum, t, t - sum, form.Unit.Symbol(), []);
    }

    private static FindingLocation Location(DepartmentForm form, string what) => new(LocationKind.DepartmentForm, $"部门整体绩效目标表 · {what}");
}
