using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>Locations inside a performance card, described the way a reader finds them on the page.</summary>
public static class CardLocations
{
    public static FindingLocation Card(PerformanceCard card, string part) =>
        new(LocationKind.Card, $"绩效目标表“{card.Name}” · {part}", CardId: card.Id);

    public static FindingLocation Funds(PerformanceCard card, string column) => Card(card, $"项目资金（{column}）");

    public static FindingLocation Indicator(PerformanceCard card, string column, int index)
    {
        var list = column == "period" ? card.PeriodIndicators : card.YearIndicators;
        var label = column == "period" ? "实施期" : "年度";
        return new FindingLocation(LocationKind.CardIndicator, $"绩效目标表“{card.Name}” · {label}指标“{list[index].Name}”（{list[index].Value}）",
            CardId: card.Id, IndicatorColumn: column, IndicatorIndex: index);
    }
}
