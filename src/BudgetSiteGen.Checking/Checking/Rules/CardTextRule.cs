using System.Text.RegularExpressions;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// Figures stated in a card's own texts: within one clause "为N名…每人M元…计T元" must multiply out
/// (N × M = T, × 12 for "每月"), and N and M must match the card's quantity and unit-cost indicators
/// for the same thing. Clauses are split at 。 and ；.
/// </summary>
public sealed partial class CardTextRule : AuditRule
{
    public override string Code => "BSG213";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var card in year.Performance.Cards)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (label, text) in Texts(card))
            {
                foreach (var clause in text.Split('。', '；', ';'))
                {
                    foreach (var (key, finding) in CheckClause(run, card, label, clause))
                    {
                        // The same statement is often repeated in 概况, 计划 and 目标; report it once.
                        if (seen.Add(key))
                        {
                            yield return finding;
                        }
                    }
                }
            }
        }
    }

    private IEnumerable<(string Key, Finding Finding)> CheckClause(RuleRun run, PerformanceCard card, string labelKey, string clause)
    {
        var count = CountPattern().Match(clause);
        if (!count.Success || !FigureRange.TryRead(count.Groups["n"].Value, out var n))
        {
            yield break;
        }

        run.Compared();
        var label = Phrase.Of(labelKey);
        var location = CardLocations.Card(card, label);
        var unit = CardIndicators.CountUnit(count.Groups["u"].Value);
        var quantity = Match(CardIndicators.Quantities(card.YearIndicators).Where(q => q.Unit == unit).ToList(), q => q.Indicator.Name, clause);
        if (quantity is not null && quantity.Indicator.Parsed!.Number != n)
        {
            yield return ($"q{quantity.Index}|{n}", new Finding(Code, FindingKind.Discrepancy, CardLocations.Indicator(card, "year", quantity.Index),
                Phrase.Of("finding_bsg213_count", ("label", label), ("count", n), ("unit", count.Groups["u"].Value), ("name", quantity.Indicator.Name), ("value", quantity.Indicator.Value)),
                n, quantity.Indicator.Parsed.Number, quantity.Indicator.Parsed.Number - n, count.Groups["u"].Value, [location]));
        }

        var each = EachPattern().Match(clause);
        if (!each.Success || !FigureRange.TryRead(each.Groups["m"].Value, out var m))
        {
            yield break;
        }

        var monthly = each.Value.Contains("每月", StringComparison.Ordinal);
        var total = TotalPattern().Match(clause);
        if (total.Success && FigureRange.TryRead(total.Groups["t"].Value, out var stated)
            && SafeArithmetic.Product(stated, total.Groups["wan"].Success ? 10_000m : 1m) is { } t
            && SafeArithmetic.Product(n, m, monthly ? 12m : 1m) is { } product)
        {
            if (product != t)
            {
                var times = monthly ? Phrase.Of("audit_times_12_months") : Phrase.Data(string.Empty);
                yield return ($"p{n}|{m}|{t}", new Finding(Code, FindingKind.Discrepancy, location,
                    Phrase.Of("finding_bsg213_product", ("label", label), ("clause", clause.Trim()), ("count", n), ("rate", m), ("times", times), ("product", product), ("stated", t), ("difference", PhraseArgument.Signed(t - product))),
                    product, t, t - product, "元", []));
            }
        }

        var cost = Match(CardIndicators.UnitCosts(card.YearIndicators).Where(c => c.Per == unit).ToList(), c => c.Indicator.Name, clause);
        if (cost is not null && cost.Indicator.Parsed!.Number != m)
        {
            yield return ($"c{cost.Index}|{m}", new Finding(Code, FindingKind.Discrepancy, CardLocations.Indicator(card, "year", cost.Index),
                Phrase.Of("finding_bsg213_rate", ("label", label), ("per", count.Groups["u"].Value), ("rate", m), ("name", cost.Indicator.Name), ("value", cost.Indicator.Value)),
                m, cost.Indicator.Parsed.Number, cost.Indicator.Parsed.Number - m, "元", [location]));
        }
    }

    /// <summary>Whether this rule multiplies out the clause ("为N名…每人M元…计T元"), so another rule need not.</summary>
    public static bool MultipliesOut(string clause) =>
        CountPattern().IsMatch(clause) && EachPattern().IsMatch(clause) && TotalPattern().IsMatch(clause);

    /// <summary>The only candidate, or the only one whose counted thing the clause names; otherwise none.</summary>
    private static T? Match<T>(List<T> candidates, Func<T, string> name, string clause)
        where T : class
    {
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var named = candidates.Where(c => CardIndicators.Stem(name(c)) is { Length: >= 2 } stem && clause.Contains(stem, StringComparison.Ordinal)).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private static IEnumerable<(string Label, string Text)> Texts(PerformanceCard card)
    {
        (string, string?)[] texts = [("audit_card_overview", card.Overview), ("audit_card_plan", card.Plan), ("audit_card_period_goal", card.PeriodGoal), ("audit_card_year_goal", card.YearGoal)];
        return texts.Where(t => !string.IsNullOrWhiteSpace(t.Item2)).Select(t => (t.Item1, t.Item2!));
    }

    [GeneratedRegex(@"为(?<n>[0-9]+)余?(?<u>名|人|户)")]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"每(?:人|户|名)(?:每年|每月)?[^0-9，,。；]{0,4}?(?<m>[0-9]+)元|(?<m>[0-9]+)元/(?:人|户|名)")]
    private static partial Regex EachPattern();

    [GeneratedRegex(@"(?:共计|合计|共发放|计)(?<t>[0-9][0-9,]*(?:\.[0-9]+)?)(?<wan>万)?元")]
    private static partial Regex TotalPattern();
}
