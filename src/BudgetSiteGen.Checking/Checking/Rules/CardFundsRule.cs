using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>A card's funds by source add up to its total, for the implementation period and for the year.</summary>
public sealed class CardFundsRule : AuditRule
{
    public override string Code => "BSG210";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var card in year.Performance.Cards)
        {
            foreach (var (funds, label) in new[] { (card.PeriodFunds, "period"), (card.YearFunds, "year") })
            {
                decimal?[] parts = [funds.Central, funds.Provincial, funds.Local, funds.SelfRaised, funds.Other];
                var present = parts.OfType<decimal>().ToList();
                if (funds.Total is not { } total || present.Count == 0)
                {
                    continue;
                }

                run.Compared();
                if (present.Sum() == total)
                {
                    continue;
                }

                var expected = present.Sum();
                var location = CardLocations.Funds(card, label);
                yield return new Finding(Code, FindingKind.Discrepancy, location,
                    Phrase.Of("finding_bsg210", ("column", CardLocations.Column(label)), ("total", total), ("expected", expected), ("difference", PhraseArgument.Signed(total - expected))),
                    expected, total, total - expected, "元", []);
            }
        }
    }
}
