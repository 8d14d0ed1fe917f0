using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// The department-wide form names some of the quantities and standards its projects' cards also give: the form's
/// "三四级残疾人生活补贴人数" is the beneficiary count of the card 三、四级残疾人生活补贴. Each quantity (人, 户) and
/// each unit cost (元 per 人 or 户) of the form is paired with the one card indicator of the same kind that means the
/// same thing — by the indicator's name, or by the card's name when the card has one indicator of that kind — and
/// the two must be able to hold together: "≥14000人" against "≤12500人" cannot, "≥5000人" against "≤5400人" can.
/// A form figure that several cards match is a department total of them and is not compared. The form's own texts
/// (key tasks, annual goals) are held to its standards in the same way.
/// </summary>
public sealed class FormCardsRule : AuditRule
{
    public override string Code => "BSG221";

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg221_nothing");

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        if (year.Performance.DepartmentForm is not { } form)
        {
            yield break;
        }

        foreach (var finding in TextRates(run, form))
        {
            yield return finding;
        }

        var cards = year.Performance.Cards;
        foreach (var quantity in CardIndicators.Quantities(form.Indicators))
        {
            var matches = cards.SelectMany(card => Matching(card, CardIndicators.Quantities(card.YearIndicators).Where(q => q.Unit == quantity.Unit).ToList(), q => q.Indicator.Name, quantity.Indicator.Name)
                .Select(q => (card, q.Index, q.Indicator, Factor: 1m))).ToList();
            if (Compared(run, form, quantity.Indicator, 1m, matches) is { } finding)
            {
                yield return finding;
            }
        }

        foreach (var cost in CardIndicators.UnitCosts(form.Indicators))
        {
            var matches = cards.SelectMany(card => Matching(card, CardIndicators.UnitCosts(card.YearIndicators).Where(c => c.Per == cost.Per).ToList(), c => c.Indicator.Name, cost.Indicator.Name)
                .Select(c => (card, c.Index, c.Indicator, Factor: c.PerYearFactor))).ToList();
            if (Compared(run, form, cost.Indicator, cost.PerYearFactor, matches) is { } finding)
            {
                yield return finding;
            }
        }
    }

    /// <summary>
    /// A rate the form's own texts state ("为全县重度残疾人每人购买320元的基本医疗保险") against its standard for the same
    /// thing (基本医疗保险补助标准 380元/人): the indicator whose meaning the clause, or the key task's name, contains.
    /// </summary>
    private IEnumerable<Finding> TextRates(RuleRun run, DepartmentForm form)
    {
        var costs = CardIndicators.UnitCosts(form.Indicators);
        var tasks = form.KeyTasks.Select(t => (Name: (string?)t.Function, Text: t.Task, Where: Phrase.Of("audit_form_key_task", ("function", t.Function))));
        var goals = string.IsNullOrWhiteSpace(form.AnnualGoals) ? [] : new[] { (Name: (string?)null, Text: form.AnnualGoals, Where: Phrase.Of("audit_form_annual_goals")) };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, text, where) in tasks.Concat(goals))
        {
            foreach (var clause in NarrativeText.Normalise(text).Split('。', '；', ';', '、', '\n'))
            {
                foreach (var rate in TextAmounts.Read(clause).Where(a => a.Per is not null))
                {
                    var named = costs.Where(c => c.Per == rate.Per && IndicatorMeaning.Key(c.Indicator.Name) is { Length: >= 2 } key
                        && (clause.Contains(key, StringComparison.Ordinal) || (name is not null && IndicatorMeaning.Key(name) == key))).ToList();
                    if (named.Count != 1)
                    {
                        continue;
                    }

                    run.Compared();
                    var cost = named[0];
                    var factor = rate.Period == "月" ? 12m : 1m;
                    var stated = new IndicatorValue(Comparator.Equal, rate.Printed, rate.Unit);
                    if (IndicatorMeaning.CanBothHold(stated, factor, cost.Indicator.Parsed!, cost.PerYearFactor) || !seen.Add($"{cost.Index}|{rate.Printed * factor}"))
                    {
                        continue;
                    }

                    yield return new Finding(Code, FindingKind.Discrepancy,
                        ReportText.Form(where),
                        Phrase.Of("finding_bsg221_text", ("place", where), ("clause", clause.Trim()), ("name", cost.Indicator.Name), ("value", cost.Indicator.Value)),
                        cost.Indicator.Parsed!.Number, rate.Printed, rate.Printed - cost.Indicator.Parsed.Number, "元",
                        [FormIndicator(cost.Indicator)]);
                }
            }
        }
    }

    private Finding? Compared(RuleRun run, DepartmentForm form, Indicator formIndicator, decimal formFactor, List<(PerformanceCard Card, int Index, Indicator Indicator, decimal Factor)> matches)
    {
        if (matches.Count != 1)
        {
            if (matches.Count > 1)
            {
                run.Missing(Phrase.Of("audit_form_indicator_is_sum", ("name", formIndicator.Name), ("cards", matches.Count)));
            }

            return null;
        }

        run.Compared();
        var (card, index, cardIndicator, factor) = matches[0];
        if (IndicatorMeaning.CanBothHold(formIndicator.Parsed!, formFactor, cardIndicator.Parsed!, factor))
        {
            return null;
        }

        var formNumber = formIndicator.Parsed!.Number;
        var cardNumber = cardIndicator.Parsed!.Number;
        var unit = formIndicator.Parsed.Unit.Split('/')[0];
        return new Finding(Code, FindingKind.Discrepancy,
            FormIndicator(formIndicator),
            Phrase.Of("finding_bsg221_card", ("name", formIndicator.Name), ("value", formIndicator.Value), ("card", card.Name), ("card_name", cardIndicator.Name), ("card_value", cardIndicator.Value)),
            cardNumber, formNumber, formNumber - cardNumber, unit, [CardLocations.Indicator(card, "year", index)]);
    }

    /// <summary>The card's indicators that mean the form's: same name once the kind words are dropped, or the card's only one of its kind when the card is named for it.</summary>
    private static IEnumerable<T> Matching<T>(PerformanceCard card, List<T> sameKind, Func<T, string> name, string formName)
    {
        var key = IndicatorMeaning.Key(formName);
        var byName = sameKind.Where(c => IndicatorMeaning.Key(name(c)) == key).ToList();
        if (byName.Count > 0)
        {
            return byName;
        }

        return sameKind.Count == 1 && IndicatorMeaning.Key(card.Name) == key ? sameKind : [];
    }

    private static FindingLocation FormIndicator(Indicator indicator) =>
        ReportText.Form(Phrase.Of("audit_form_indicator", ("name", indicator.Name), ("value", indicator.Value)));
}
