using System.Text.RegularExpressions;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// The department-wide form's year funds as a 整体支出绩效目标表 states them — 年度资金总额, 其中 财政拨款 (its general
/// budget, government-fund and state-capital funds) and 其他资金 (the rest) — against the totals the 情况说明 states
/// for this year ("本年收入1,800.42万元", "当年拨款收入…", "年度资金总额…") and against the tables: 财政拨款 with the
/// fiscal-appropriation summary's 本年收入合计, 其他资金 with the income sources of the budget summary that are not
/// fiscal appropriations. The form's own parts and its sources one by one are BSG214's.
/// </summary>
public sealed partial class FormFundsRule : AuditRule
{
    public override string Code => "BSG231";

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg231_nothing");

    /// <summary>The form states a budget's targets; a final account's 本年收入 is what came in, not what was planned.</summary>
    protected override IReadOnlySet<ReportKind> Kinds => BudgetOnly;

    private static readonly IReadOnlySet<ReportKind> BudgetOnly = new HashSet<ReportKind> { ReportKind.Budget };

    private static readonly IReadOnlySet<FigureRole> Other = new HashSet<FigureRole> { FigureRole.SocialInsuranceFund, FigureRole.SpecialAccount, FigureRole.UnitFunds };

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        if (year.Performance.DepartmentForm is not { } form || Funds(form) is not { } funds)
        {
            yield break;
        }

        var findings = new List<Finding?>();
        if (year.Table(TableType.FiscalAppropriationSummary) is { } t4 && IncomeCell(t4, r => r.Role == FigureRole.Subtotal) is { } cell)
        {
            findings.Add(Compared(run, form, "财政拨款", funds.Fiscal, cell.Value, t4.Unit, cell.Location));
        }

        if (year.Table(TableType.BudgetSummary) is { } t1 && t1.Sections.FirstOrDefault(s => s.Id == SummarySections.Income) is { } income
            && income.Rows.Any(r => Other.Contains(r.Role)))
        {
            var other = income.Rows.Where(r => Other.Contains(r.Role) && r.Level == 1).Select(r => r.Values[0]).OfType<decimal>().Sum();
            var where = new FindingLocation(LocationKind.Table, Phrase.Of("audit_bsg231_other_income", ("table", t1.Label ?? t1.Title)), t1.Number);
            findings.Add(Compared(run, form, "其他资金", funds.Other, other, t1.Unit, where));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in year.Narrative)
        {
            foreach (var paragraph in NarrativeText.Normalise(item.Body).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var amount in TextAmounts.Read(paragraph.Replace("\n", string.Empty, StringComparison.Ordinal)).Where(a => a.IsPlain))
                {
                    var (what, value) = TotalPattern().IsMatch(amount.Label) ? ("年度资金总额", funds.Total)
                        : FiscalPattern().IsMatch(amount.Label) ? ("财政拨款", funds.Fiscal)
                        : (null, null);
                    if (what is null || value is null || !seen.Add($"{what}|{item.Id}|{amount.Yuan}"))
                    {
                        continue;
                    }

                    var where = NarrativeLocations.Of(item) with { Description = Phrase.Of("audit_bsg231_narrative_amount", ("where", NarrativeLocations.Of(item).Description), ("quote", $"{amount.Label}{Compare.Amount(amount.Printed)}{amount.Unit}")) };
                    findings.Add(Compared(run, form, what, value, amount.Yuan, MoneyUnit.Yuan, where, amount.Decimals, amount.Printed == 0 ? 0m : amount.Yuan / amount.Printed));
                }
            }
        }

        foreach (var finding in findings.OfType<Finding>())
        {
            yield return finding;
        }
    }

    private static FormFunds? Funds(DepartmentForm form)
    {
        if (form.FundsBySource is not { } s)
        {
            return form.FundsByUse?.Total is { } useTotal ? new FormFunds(useTotal, null, null) : null;
        }

        decimal? fiscal = s.GeneralPublicBudget is null && s.GovernmentFund is null && s.StateCapital is null ? null : (s.GeneralPublicBudget ?? 0m) + (s.GovernmentFund ?? 0m) + (s.StateCapital ?? 0m);
        decimal? other = s.SocialInsuranceFund is null && s.SpecialAccount is null && s.UnitFunds is null ? null : (s.SocialInsuranceFund ?? 0m) + (s.SpecialAccount ?? 0m) + (s.UnitFunds ?? 0m);
        return new FormFunds(s.Total ?? form.FundsByUse?.Total, fiscal, other);
    }

    private static CellRef? IncomeCell(BudgetTable table, Func<TableRow, bool> match)
    {
        var section = table.Sections.FirstOrDefault(s => s.Id == SummarySections.Income);
        var row = section?.Rows.ToList().FindIndex(r => match(r)) ?? -1;
        return section is null || row < 0 || section.Columns.Count == 0 ? null : new CellRef(table, section, row, 0);
    }

    /// <summary>
    /// A form figure against another, converted exactly into the form's unit. A figure printed coarser than the form
    /// (a narrative's 万元 against a form in 元) is the form's rounded, so it may differ by half its last digit.
    /// </summary>
    private Finding? Compared(RuleRun run, DepartmentForm form, string what, decimal? formValue, decimal? otherValue, MoneyUnit otherUnit, FindingLocation where,
        int otherDecimals = 2, decimal otherPerPrinted = 0m)
    {
        if (formValue is null || otherValue is null)
        {
            return null;
        }

        run.Compared();
        var unit = form.Unit.Symbol();
        var other = otherUnit.Convert(otherValue.Value, form.Unit);
        var halfOther = otherPerPrinted == 0m ? 0m : Tolerance.HalfStep(otherDecimals) * otherPerPrinted / form.Unit.InYuan();
        var difference = formValue.Value - other;
        if (Math.Abs(difference) <= halfOther || difference == 0)
        {
            return null;
        }

        var kind = Math.Abs(difference) <= Tolerance.HalfStep(2) + halfOther ? FindingKind.Rounding : FindingKind.Discrepancy;
        return new Finding(Code, kind, new FindingLocation(LocationKind.DepartmentForm, Phrase.Of("audit_bsg231_form_field", ("what", what))),
            Phrase.Of("finding_bsg231", ("what", what), ("form", formValue.Value), ("unit", Phrase.Unit(unit)), ("where", where.Description), ("other", other),
                ("difference", PhraseArgument.Signed(difference))),
            other, formValue, difference, unit, [where]);
    }

    /// <summary>The form's year funds: 年度资金总额 and, where its sources are given, 财政拨款 and 其他资金.</summary>
    private sealed record FormFunds(decimal? Total, decimal? Fiscal, decimal? Other);

    // This year's income, not 收入总计 (which adds the carry-over): "本年收入", "当年预算收入合计为", "年度资金总额".
    [GeneratedRegex(@"(?:^|[^上])(?:(?:本年|当年|本年度)(?:预算)?收入(?:合计)?|年度资金总额)(?:为|是|共)?$")]
    private static partial Regex TotalPattern();

    [GeneratedRegex(@"(?:本年|当年|本年度)(?:财政)?拨款(?:收入)?(?:合计)?(?:为|是|共)?$")]
    private static partial Regex FiscalPattern();
}
