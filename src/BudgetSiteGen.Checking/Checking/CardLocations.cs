using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>Locations inside a performance card, described the way a reader finds them on the page.</summary>
public static class CardLocations
{
    public static FindingLocation Card(PerformanceCard card, Phrase part) =>
        new(LocationKind.Card, Phrase.Of("audit_card_part", ("card", card.Name), ("part", part)), CardId: card.Id);

    /// <summary>The card's funds of one column, "period" or "year".</summary>
    public static FindingLocation Funds(PerformanceCard card, string column) => Card(card, Phrase.Of("audit_card_funds", ("column", Column(column))));

    /// <summary>实施期 or 年度, the column of a card: "period" or "year".</summary>
    public static Phrase Column(string column) => Phrase.Of(column == "period" ? "audit_period" : "audit_year");

    public static FindingLocation Indicator(PerformanceCard card, string column, int index)
    {
        var list = column == "period" ? card.PeriodIndicators : card.YearIndicators;
        return new FindingLocation(LocationKind.CardIndicator,
            Phrase.Of("audit_card_indicator", ("card", card.Name), ("column", Column(column)), ("name", list[index].Name), ("value", list[index].Value)),
            CardId: card.Id, IndicatorColumn: column, IndicatorIndex: index);
    }
}
