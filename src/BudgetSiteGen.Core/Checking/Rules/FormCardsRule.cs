using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// The department-wide form names some of the quantities and standards its projects' cards also give: the form's
/// "三四级残疾人生活补贴人数" is the beneficiary count of the card 三、四级残疾人生活补贴. Each quantity (人, 户) and
/// each unit cost (元 per 人 or 户) of the form is paired with the one card indicator of the same kind that means the
/// same thing — by the indicator's name, or by the card's name when the card has one indicator of that kind — and
/// the two must be able to hold together: "≥14000人" against "≤12500人" cannot, "≥5000人" against "≤5400人" can.
/// A form figure that several cards match is a department total of them and is not compared.
/// </summary>
public sealed class FormCardsRule : AuditRule
{
    public override string Code => "BSG221";

    public override string Description => "部门整体绩效目标表的数量和标准与同一事项的项目绩效目标表一致";

    protected override string NothingToCheck => "本报告的部门整体绩效目标表与项目绩效目标表没有共同的数量或标准指标";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        if (year.Performance.DepartmentForm is not { } form || year.Performance.Cards.Count == 0)
        {
            yield break;
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

    private Finding? Compared(RuleRun run, DepartmentForm form, Indicator formIndicator, decimal formFactor, List<(PerformanceCard Card, int Index, Indicator Indicator, decimal Factor)> matches)
    {
        if (matches.Count != 1)
        {
            if (matches.Count > 1)
            {
                run.Missing($"整体绩效目标表“{formIndicator.Name}”与 {matches.Count} 张项目绩效目标表的指标同名，是各项目之和，未逐项核对");
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
            new FindingLocation(LocationKind.DepartmentForm, $"部门整体绩效目标表 · 指标“{formIndicator.Name}”（{formIndicator.Value}）"),
            $"整体绩效目标表的“{formIndicator.Name}”为 {formIndicator.Value}，而绩效目标表“{card.Name}”的年度指标“{cardIndicator.Name}”为 {cardIndicator.Value}，两者不能同时成立。",
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
}
