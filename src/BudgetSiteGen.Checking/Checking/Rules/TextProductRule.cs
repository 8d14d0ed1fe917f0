using System.Text.RegularExpressions;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// Count × rate = amount, where a text states all three in one clause in any order and phrasing: "救助30万元，每户300元
/// 共1000户", "计划救助150例，每例手术补助1000元，合计15万元", "每人每月20元" (× 12, or × the months it names), "每人
/// 每天80元…5天" (× the days). A clause with approximate counts (300余名) or several counts or rates of the same kind
/// is not read. Clauses of a card that BSG213 already multiplies out are left to it. Also a card's unit cost written as a
/// phrase the value parser does not read ("平均每户1800元") against its quantity and funds: ≤17人 × 1,800元 allows at
/// most 30,600元 (a household has at least one person, so a count of people bounds the households).
/// </summary>
public sealed partial class TextProductRule : AuditRule
{
    public override string Code => "BSG223";

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg223_nothing");

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in ReportText.Of(year))
        {
            foreach (var clause in text.Paragraphs.SelectMany(p => p.Split('。', '；', ';')))
            {
                if (text.Card is not null && CardTextRule.MultipliesOut(clause))
                {
                    continue;
                }

                if (Clause(run, text, clause) is { } finding && seen.Add($"{text.Owner}|{finding.Expected}|{finding.Printed}"))
                {
                    yield return finding;
                }
            }
        }

        foreach (var card in year.Performance.Cards)
        {
            if (AverageCost(run, card) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private Finding? Clause(RuleRun run, ReportText text, string clause)
    {
        var amounts = TextAmounts.Read(clause);
        var rates = amounts.Where(a => a.IsRate && a.Per is not null).ToList();
        if (rates.Count != 1)
        {
            return null;
        }

        var rate = rates[0];
        var counts = CountPattern().Matches(clause).Where(m => TextAmounts.CountWord(m.Groups["u"].Value) == rate.Per).ToList();
        if (counts.Count != 1 || counts[0].Groups["approx"].Success || !FigureRange.TryRead(counts[0].Groups["n"].Value, out var count))
        {
            return null;
        }

        var plain = amounts.Where(a => a.IsPlain).ToList();
        var marked = plain.Where(a => TotalWord().IsMatch(a.Label)).ToList();
        var total = marked.Count == 1 ? marked[0] : plain.Count == 1 ? plain[0] : null;
        if (total is null || Periods(rate, clause) is not { } periods)
        {
            return null;
        }

        run.Compared();
        var unitFactor = Factor(total.Unit);
        if (SafeArithmetic.Product(count, rate.Yuan, periods.Factor) is not { } product)
        {
            return null;
        }

        var expected = product / unitFactor;
        var kind = Tolerance.Classify(expected, total.Printed, 1, total.Decimals);
        if (kind is null)
        {
            return null;
        }

        var times = periods.Words is { } words ? Phrase.Of("audit_times", ("periods", words)) : Phrase.Data(string.Empty);
        return new Finding(Code, kind.Value, text.Location,
            Phrase.Of("finding_bsg223_text", ("place", text.Location.Description), ("clause", clause.Trim()), ("count", count), ("count_unit", counts[0].Groups["u"].Value),
                ("rate", rate.Printed), ("rate_unit", Phrase.Unit(rate.Unit)), ("times", times), ("expected", expected), ("stated", total.Printed),
                ("difference", PhraseArgument.Signed(total.Printed - expected)), ("unit", Phrase.Unit(total.Unit))),
            expected, total.Printed, total.Printed - expected, total.Unit, []);
    }

    /// <summary>How many times a rate per month or per day is paid: the months or days the clause names, twelve months otherwise; none for a daily rate without days.</summary>
    private static (decimal Factor, Phrase? Words)? Periods(TextAmount rate, string clause)
    {
        switch (rate.Period)
        {
            case "月":
                var months = MonthsPattern().Matches(clause);
                return months.Count == 1 && FigureRange.TryRead(months[0].Groups["n"].Value, out var m) ? (m, Phrase.Of("audit_months", ("count", m))) : months.Count == 0 ? (12m, Phrase.Of("audit_months", ("count", 12m))) : null;
            case "天":
                var days = DaysPattern().Matches(clause);
                return days.Count == 1 && FigureRange.TryRead(days[0].Groups["n"].Value, out var d) ? (d, Phrase.Of("audit_days", ("count", d))) : null;
            default:
                return (1m, null);
        }
    }

    private Finding? AverageCost(RuleRun run, PerformanceCard card)
    {
        var averages = card.YearIndicators.Select((indicator, index) => (indicator, index, match: AveragePattern().Match(NarrativeText.Normalise(indicator.Value))))
            .Where(x => x.indicator.Level2 == "成本指标" && x.match.Success).ToList();
        var quantities = CardIndicators.Quantities(card.YearIndicators);
        if (averages.Count != 1 || quantities.Count != 1 || card.YearFunds.Total is not { } funds
            || !FigureRange.TryRead(averages[0].match.Groups["m"].Value, out var average))
        {
            return null;
        }

        var per = TextAmounts.CountWord(averages[0].match.Groups["per"].Value);
        var quantity = quantities[0];
        var parsed = quantity.Indicator.Parsed!;
        var sameUnit = per == quantity.Unit;
        // Households are never more than the people living in them, so a count of people bounds households from above only.
        var householdsByPeople = per == "户" && quantity.Unit == "人";
        if (!sameUnit && !householdsByPeople)
        {
            return null;
        }

        run.Compared();
        if (SafeArithmetic.Product(parsed.Number, average) is not { } bound)
        {
            return null;
        }

        var atMost = parsed.Comparator is Comparator.LessOrEqual or Comparator.Less or Comparator.Equal;
        var atLeast = sameUnit && parsed.Comparator is Comparator.GreaterOrEqual or Comparator.Greater or Comparator.Equal;
        var tooMuch = atMost && funds > bound;
        var tooLittle = atLeast && funds < bound;
        if (!tooMuch && !tooLittle)
        {
            return null;
        }

        var limit = Phrase.Of(tooMuch ? "audit_at_most_short" : "audit_at_least_short");
        return new Finding(Code, FindingKind.Discrepancy, CardLocations.Indicator(card, "year", averages[0].index),
            Phrase.Of("finding_bsg223_average", ("card", card.Name), ("quantity_name", quantity.Indicator.Name), ("quantity", quantity.Indicator.Value), ("average_name", averages[0].indicator.Name),
                ("average", averages[0].indicator.Value), ("limit", limit), ("bound", bound), ("funds", funds), ("difference", PhraseArgument.Signed(funds - bound))),
            bound, funds, funds - bound, "元", [CardLocations.Indicator(card, "year", quantity.Index), CardLocations.Funds(card, "year")]);
    }

    private static decimal Factor(string unit) => unit switch { "亿元" => 100_000_000m, "万元" => 10_000m, "千元" => 1_000m, _ => 1m };

    [GeneratedRegex(@"(?<![\d.\-~～至每])(?<n>\d+)\s*(?<approx>余|多)?\s*(?<u>名|人|位|户|家|例|次)(?!次|以上|以下|左右)")]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"(?:共计|合计|总计|累计|共发放|计|共|拨款)$")]
    private static partial Regex TotalWord();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d+)\s*个月")]
    private static partial Regex MonthsPattern();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d+)\s*(?:天|日)(?!常)")]
    private static partial Regex DaysPattern();

    [GeneratedRegex(@"^平均每(?<per>人|名|户|家)\s*(?<m>\d+(?:\.\d+)?)\s*元$")]
    private static partial Regex AveragePattern();
}
