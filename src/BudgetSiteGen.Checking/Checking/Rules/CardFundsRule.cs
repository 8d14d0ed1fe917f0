using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>A card's funds by source add up to its total, for the implementation period and for the year.</summary>
public sealed class CardFundsRule : AuditRule
{
    public override string Code => "BSG210";

    public override string Description => "绩效目标表的资金总额等于各来源资金之和（实施期、年度）";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var card in year.Performance.Cards)
        {
            foreach (var (funds, label) in new[] { (card.PeriodFunds, "实施期"), (card.YearFunds, "年度") })
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
                    $"{label}资金总额为 {Compare.Amount(total)}元，各来源之和为 {Compare.Amount(expected)}元，相差 {Compare.Signed(total - expected)}元。",
                    expected, total, total - expected, "元", []);
            }
        }
    }
}
