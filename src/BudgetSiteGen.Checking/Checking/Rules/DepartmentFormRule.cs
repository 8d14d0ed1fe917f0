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
            findings.Add(Internal(run, form, Phrase.Of("audit_form_by_source"), sources.Total,
                [sources.GeneralPublicBudget, sources.GovernmentFund, sources.StateCapital, sources.SocialInsuranceFund, sources.SpecialAccount, sources.UnitFunds]));
            if (t1 is not null && income is not null)
            {
                findings.Add(Against(run, form, Phrase.Of("audit_form_by_source_total"), sources.Total, Row(t1, income, r => r.Role == FigureRole.Subtotal), t1.Unit));
                findings.Add(Against(run, form, Phrase.Of("audit_form_general"), sources.GeneralPublicBudget, Row(t1, income, r => r.Role == FigureRole.GeneralPublicBudget && r.Level == 1), t1.Unit));
                findings.Add(Against(run, form, Phrase.Of("audit_form_fund"), sources.GovernmentFund, Row(t1, income, r => r.Role == FigureRole.GovernmentFund && r.Level == 1), t1.Unit));
                findings.Add(Against(run, form, Phrase.Of("audit_form_state_capital"), sources.StateCapital, Row(t1, income, r => r.Role == FigureRole.StateCapital && r.Level == 1), t1.Unit));
            }
        }

        if (form.FundsByUse is { } uses)
        {
            findings.Add(Internal(run, form, Phrase.Of("audit_form_by_use"), uses.Total, [uses.Basic, uses.Project]));
            if (year.Table(TableType.ProjectsCurrent) is { NoData: false } t12)
            {
                var cell = TableShape.TotalCell(t12, FigureRole.Total);
                var value = TableShape.Total(t12, FigureRole.Total);
                findings.Add(Compared(run, form, Phrase.Of("audit_form_project"), uses.Project, value, t12.Unit, cell?.Location ?? new FindingLocation(LocationKind.Table, CellRef.LabelOrTitle(t12), t12.Number)));
            }

            if (year.Table(TableType.GeneralBudgetExpenditure) is { } t5)
            {
                var basic = (TableShape.Total(t5, FigureRole.Basic) ?? 0m) +
                    (year.Table(TableType.GovernmentFundExpenditure) is { NoData: false } t8 ? TableShape.Total(t8, FigureRole.Basic) ?? 0m : 0m);
                findings.Add(Compared(run, form, Phrase.Of("audit_form_basic"), uses.Basic, basic, t5.Unit, new FindingLocation(LocationKind.Table, Phrase.Of("audit_table_basic", ("table", t5.Label is { } label ? Phrase.Data(label) : Phrase.Of("audit_table_number", ("table", 5)))), t5.Number)));
            }
        }

        var staffing = year.Overview.Staffing;
        if (form.Staffing?.Active is { } active && staffing?.Active is { } stated && active != stated)
        {
            findings.Add(new Finding(Code, FindingKind.Discrepancy, Location(form, Phrase.Of("audit_form_active_staff")),
                Phrase.Of("finding_bsg214_staff", ("form", active), ("stated", stated)), stated, active, active - stated, "人", []));
        }

        if (form.Staffing?.Authorised is { } authorised && staffing?.Authorised is { } statedAuthorised && authorised != statedAuthorised)
        {
            findings.Add(new Finding(Code, FindingKind.Discrepancy, Location(form, Phrase.Data("编制人数")),
                Phrase.Data($"整体绩效目标表填编制 {authorised} 人，部门概况为 {statedAuthorised} 人。"), statedAuthorised, authorised, authorised - statedAuthorised, "人", []));
        }

        return findings.OfType<Finding>();
    }

    private static (decimal?, FindingLocation)? Row(BudgetTable table, TableSection section, Func<TableRow, bool> match)
    {
        var row = section.Rows.ToList().FindIndex(r => match(r));
        return row < 0 ? null : (section.Rows[row].Values[0], new CellRef(table, section, row, 0).Location);
    }

    private Finding? Against(RuleRun run, DepartmentForm form, Phrase what, decimal? value, (decimal?, FindingLocation)? table, MoneyUnit unit) =>
        table is { } t ? Compared(run, form, what, value, t.Item1, unit, t.Item2) : null;

    /// <summary>A form figure against a table figure, the table's converted exactly into the form's unit.</summary>
    private Finding? Compared(RuleRun run, DepartmentForm form, Phrase what, decimal? formValue, decimal? tableValue, MoneyUnit tableUnit, FindingLocation where)
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
                Phrase.Of("finding_bsg214_against", ("what", what), ("form", a), ("other_place", where.Description), ("other", b), ("difference", PhraseArgument.Signed(a - b)), ("unit", Phrase.Unit(form.Unit))),
                b, a, a - b, form.Unit.Symbol(), [where]);
    }

    private Finding? Internal(RuleRun run, DepartmentForm form, Phrase what, decimal? total, decimal?[] parts)
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
                Phrase.Of("finding_bsg214_internal", ("what", what), ("total", t), ("sum", sum), ("difference", PhraseArgument.Signed(t - sum)), ("unit", Phrase.Unit(form.Unit))),
                sum, t, t - sum, form.Unit.Symbol(), []);
    }

    private static FindingLocation Location(DepartmentForm form, Phrase what) => ReportText.Form(what);
}
