using System.Globalization;
using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Disclosure.Items;

/// <summary>
/// 绩效目标: how much of a budget's project funds have a published performance card (绩效目标表). The rules read ask
/// for goals to be published with budgets but set no share, so the share is reported and the item is met when cards
/// are published at all; see docs/disclosure.md. Final accounts publish self-evaluations, not goals.
/// </summary>
public sealed class PerformanceGoalsItem : IDisclosureItem
{
    public string Id => "performance-goals";

    public DisclosureResult Evaluate(DisclosureSubject subject)
    {
        if (subject.Kind != ReportKind.Budget)
        {
            return new DisclosureResult(Id, DisclosureOutcome.NotApplicable, [DisclosureNote.Of("goals_final_accounts")]);
        }

        var cards = subject.Year.Performance.Cards;
        var cardFunds = Money.Sum(cards.Where(c => c.YearFunds.Total is not null).Select(c => new Money(c.YearFunds.Total!.Value, MoneyUnit.Yuan)), MoneyUnit.Yuan);
        var count = cards.Count.ToString(CultureInfo.InvariantCulture);
        if (ProjectFunds.Of(subject.Year) is not { } projects)
        {
            return new DisclosureResult(Id, DisclosureOutcome.Unknown, [DisclosureNote.Of("project_funds_unreadable"), DisclosureNote.Of("cards_published", count)]);
        }

        var funds = new DisclosureNote("project_funds", [projects.Table.FullTitle, AmountText.Format(projects.Amount)])
        {
            Units = [projects.Amount.Unit],
            Table = projects.Table.Number,
        };
        if (projects.Amount.Amount <= 0m)
        {
            return new DisclosureResult(Id, DisclosureOutcome.NotApplicable, [funds, DisclosureNote.Of("no_project_funds")]);
        }

        if (cards.Count == 0 || cardFunds is not { } covered)
        {
            return new DisclosureResult(Id, DisclosureOutcome.NotMet, [funds, DisclosureNote.Of("no_cards")]);
        }

        // The cards' funds (元) are shown in the table's unit and to its decimals, to be read beside its total.
        var decimals = projects.Table.Decimals;
        var inTableUnit = covered.In(projects.Amount.Unit);
        var shown = Math.Round(inTableUnit.Amount, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var share = Math.Round(covered.ShareOf(projects.Amount) * 100m, 1, MidpointRounding.AwayFromZero);
        return new DisclosureResult(Id, DisclosureOutcome.Met,
        [
            funds,
            DisclosureNote.Of("cards_cover", count, shown, share.ToString("0.0", CultureInfo.InvariantCulture)) with { Units = [inTableUnit.Unit] },
            DisclosureNote.Of("goals_no_threshold"),
        ]);
    }
}
