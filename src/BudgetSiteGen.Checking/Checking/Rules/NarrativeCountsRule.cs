using System.Text.RegularExpressions;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// The numbers of projects the 绩效管理情况 states agree with the cards published and with table 12, and
/// its breakdown by project type adds up: "二级项目22个，共计金额1,511.39万元。其中：其他运转类项目1个，
/// 涉及金额24.00万元；特定目标类项目21个，涉及金额1,481.58万元".
/// </summary>
public sealed partial class NarrativeCountsRule : AuditRule
{
    public override string Code => "BSG218";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        var item = year.Narrative.FirstOrDefault(n => n.Id == NarrativeSections.Performance);
        if (item is null)
        {
            return [];
        }

        var text = item.Body.Replace("\n", string.Empty, StringComparison.Ordinal);
        var findings = new List<Finding>();
        var location = NarrativeLocations.Of(item);
        var stated = StatedPattern().Match(text);
        var amountText = stated.Groups["amount"].Value;
        if (!stated.Success || !FigureRange.TryReadCount(stated.Groups["n"].Value, out var count) || !FigureRange.TryRead(amountText, out var amount))
        {
            // Nothing stated, or figures too large to be read as figures.
            return findings;
        }

        run.Compared();
        var cards = year.Performance.Cards;
        if (cards.Count > 0 && cards.Count != count)
        {
            findings.Add(new Finding(Code, FindingKind.Discrepancy, location,
                Phrase.Of("finding_bsg218_cards", ("count", count), ("cards", cards.Count)), count, cards.Count, cards.Count - count, "个", []));
        }

        if (cards.Count == count && cards.All(c => c.YearFunds.Total is not null))
        {
            var cardTotal = cards.Sum(c => c.YearFunds.Total!.Value) / 10_000m;
            var half = Tolerance.HalfStep(NarrativeLocations.Decimals(amountText));
            if (Math.Abs(cardTotal - amount) > half)
            {
                var carried = year.Table(TableType.ProjectsCarriedOver) is { NoData: false } t13 ? TableShape.Total(t13, FigureRole.Total) : null;
                var note = carried is { } c && c == amount - cardTotal ? Phrase.Of("audit_difference_is_carried", ("table", T13Label(year))) : Phrase.Data(string.Empty);
                findings.Add(new Finding(Code, FindingKind.Discrepancy, location,
                    Phrase.Of("finding_bsg218_amount", ("count", count), ("amount", amountText), ("cards", cards.Count), ("card_total", cardTotal), ("difference", PhraseArgument.Signed(amount - cardTotal)), ("note", note)),
                    cardTotal, amount, amount - cardTotal, "万元", []));
            }
        }

        var parts = PartPattern().Matches(text).Take(10)
            .Where(p => FigureRange.TryReadCount(p.Groups["n"].Value, out _) && FigureRange.TryRead(p.Groups["amount"].Value, out _)).ToList();
        if (parts.Count >= 2)
        {
            // The breakdown is printed twice (纳入管理, 公开); the first occurrence follows the stated total.
            var first = parts.Where(p => p.Index > stated.Index).Take(2).ToList();
            var partCount = first.Sum(p => (long)Count(p.Groups["n"].Value));
            var partAmount = first.Sum(p => Amount(p.Groups["amount"].Value));
            if (first.Count == 2 && partCount == count && partAmount != amount)
            {
                findings.Add(new Finding(Code, FindingKind.Discrepancy, location,
                    Phrase.Of("finding_bsg218_parts_amount", ("amount", amountText), ("first", first[0].Groups["amount"].Value), ("second", first[1].Groups["amount"].Value), ("sum", partAmount), ("difference", PhraseArgument.Signed(amount - partAmount))),
                    partAmount, amount, amount - partAmount, "万元", []));
            }
            else if (first.Count == 2 && partCount != count)
            {
                findings.Add(new Finding(Code, FindingKind.Discrepancy, location,
                    Phrase.Of("finding_bsg218_parts_count", ("count", count), ("first", first[0].Groups["n"].Value), ("second", first[1].Groups["n"].Value), ("sum", partCount)),
                    partCount, count, count - partCount, "个", []));
            }
        }

        return findings;
    }

    private static int Count(string text) => FigureRange.TryReadCount(text, out var n) ? n : 0;

    private static decimal Amount(string text) => FigureRange.TryRead(text, out var amount) ? amount : 0m;

    private static Phrase T13Label(DepartmentYear year) =>
        year.Table(TableType.ProjectsCarriedOver)?.Label is { } label ? Phrase.Data(label) : Phrase.Of("audit_table_number", ("table", 13));

    [GeneratedRegex(@"二级项目(?<n>[0-9]+)个，共计金\s*额(?<amount>[0-9][0-9,]*(?:\.[0-9]+)?)万元")]
    private static partial Regex StatedPattern();

    [GeneratedRegex(@"类项\s*目(?<n>[0-9]+)个，涉及(?:项目)?金\s*额(?<amount>[0-9][0-9,]*(?:\.[0-9]+)?)万\s*元")]
    private static partial Regex PartPattern();
}
