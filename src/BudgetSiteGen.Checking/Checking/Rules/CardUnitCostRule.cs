using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// Where a card states how many people (or households) and how much each gets, quantity × unit cost must
/// agree with the funds. Comparators are respected: "≤11人 × 16000元/人" allows at most 176,000 元, so
/// funds of 190,000 元 disagree; a "≥" quantity gives a lower bound; mixed bounds prove nothing and are not
/// reported. Pairs are made by unit, or by the counted thing's name where a unit is shared.
/// </summary>
public sealed class CardUnitCostRule : AuditRule
{
    public override string Code => "BSG212";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var card in year.Performance.Cards)
        {
            var columns = new List<(string Column, IReadOnlyList<Indicator> List, CardFunds Funds)> { ("year", card.YearIndicators, card.YearFunds) };
            if (!SameIndicators(card.PeriodIndicators, card.YearIndicators) || card.PeriodFunds.Total != card.YearFunds.Total)
            {
                columns.Add(("period", card.PeriodIndicators, card.PeriodFunds));
            }

            foreach (var (column, list, funds) in columns)
            {
                if (Check(run, card, column, list, funds) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }

    private Finding? Check(RuleRun run, PerformanceCard card, string column, IReadOnlyList<Indicator> list, CardFunds funds)
    {
        var costs = CardIndicators.UnitCosts(list);
        var pairs = Pairs(CardIndicators.Quantities(list), costs);
        if (pairs is null || pairs.Count == 0 || pairs.Count != costs.Count)
        {
            return null;
        }

        var bound = Bound(pairs);
        if (bound is null)
        {
            return null;
        }

        var totals = CardIndicators.TotalCosts(list);
        var (target, targetLocation, label) = totals.Count == 1
            ? (totals[0].Indicator.Parsed!.Comparator == Comparator.Equal ? totals[0].Yuan : (decimal?)null, CardLocations.Indicator(card, column, totals[0].Index), Phrase.Of("audit_total_cost_indicator", ("name", totals[0].Indicator.Name)))
            : (funds.Total, CardLocations.Funds(card, column), Phrase.Of("audit_total_funds"));
        if (target is not { } amount)
        {
            return null;
        }

        run.Compared();

        var (value, comparator) = bound.Value;
        var disagrees = comparator switch
        {
            Comparator.Equal => amount != value,
            Comparator.LessOrEqual => amount > value,
            _ => amount < value,
        };
        if (!disagrees)
        {
            return null;
        }

        var product = string.Join(" + ", pairs.Select(p => $"{p.Quantity.Indicator.Value} × {p.Cost.Indicator.Value}"));
        var relation = comparator switch
        {
            Comparator.Equal => "audit_should_be",
            Comparator.LessOrEqual => "audit_at_most",
            _ => "audit_at_least",
        };
        var message = Phrase.Of("finding_bsg212", ("product", product), ("target", label), ("relation", Phrase.Of(relation)), ("value", value), ("amount", amount), ("difference", PhraseArgument.Signed(amount - value)));
        var also = pairs.SelectMany(p => new[] { CardLocations.Indicator(card, column, p.Quantity.Index), CardLocations.Indicator(card, column, p.Cost.Index) }).ToList();
        return new Finding(Code, FindingKind.Discrepancy, targetLocation, message, value, amount, amount - value, "元", also);
    }

    private static List<(CardIndicators.Quantity Quantity, CardIndicators.UnitCost Cost)>? Pairs(List<CardIndicators.Quantity> quantities, List<CardIndicators.UnitCost> costs)
    {
        var pairs = new List<(CardIndicators.Quantity, CardIndicators.UnitCost)>();
        foreach (var cost in costs)
        {
            var sameUnit = quantities.Where(q => q.Unit == cost.Per).ToList();
            var byName = sameUnit.Where(q => SharesStem(q.Indicator.Name, cost.Indicator.Name)).ToList();
            var match = sameUnit.Count == 1 ? sameUnit[0] : byName.Count == 1 ? byName[0] : null;
            if (match is null || pairs.Exists(p => p.Item1 == match))
            {
                return null;
            }

            pairs.Add((match, cost));
        }

        return pairs;
    }

    private static bool SharesStem(string quantity, string cost)
    {
        var stem = CardIndicators.Stem(quantity);
        return stem.Length >= 2 && cost.StartsWith(stem, StringComparison.Ordinal);
    }

    /// <summary>The sum of products with its direction, or null when the comparators point different ways.</summary>
    private static (decimal Value, Comparator Comparator)? Bound(List<(CardIndicators.Quantity Quantity, CardIndicators.UnitCost Cost)> pairs)
    {
        var direction = Comparator.Equal;
        var sum = 0m;
        foreach (var (quantity, cost) in pairs)
        {
            foreach (var c in new[] { quantity.Indicator.Parsed!.Comparator, cost.Indicator.Parsed!.Comparator })
            {
                var d = c switch
                {
                    Comparator.Equal => Comparator.Equal,
                    Comparator.Less or Comparator.LessOrEqual => Comparator.LessOrEqual,
                    _ => Comparator.GreaterOrEqual,
                };
                if (d == Comparator.Equal)
                {
                    continue;
                }

                if (direction != Comparator.Equal && direction != d)
                {
                    return null;
                }

                direction = d;
            }

            if (SafeArithmetic.Product(quantity.Indicator.Parsed!.Number, cost.Indicator.Parsed!.Number, cost.PerYearFactor) is not { } product
                || SafeArithmetic.Add(sum, product) is not { } next)
            {
                // Indicator numbers whose product leaves decimal's range say nothing checkable.
                return null;
            }

            sum = next;
        }

        return (sum, direction);
    }

    private static bool SameIndicators(IReadOnlyList<Indicator> a, IReadOnlyList<Indicator> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Name == p.Second.Name && p.First.Value == p.Second.Value);
}
