using System.Globalization;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// The percentages the 情况说明 states agree with its own amounts: "X万元，占P%" against the paragraph's
/// first amount, and "比上年增加D万元，增长P%" against last year's figure (this year's − D). Since every
/// amount is rounded, a percentage that the rounding can explain is reported as rounding.
/// </summary>
public sealed class NarrativeSharesRule : AuditRule
{
    public override string Code => "BSG216";

    public override string Description => "情况说明中的占比和增减幅度与所述金额相符";

    public override IEnumerable<Finding> Check(DepartmentYear year)
    {
        foreach (var item in year.Narrative)
        {
            var mentions = NarrativeReader.Read(item.Body);
            foreach (var mention in mentions.Where(m => m.Percent is not null))
            {
                var finding = mention.IsChange ? Change(item, mentions, mention) : Share(item, mentions, mention);
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }

    private Finding? Share(NarrativeItem item, IReadOnlyList<NarrativeMention> mentions, NarrativeMention mention)
    {
        var whole = mentions.First(m => m.Paragraph == mention.Paragraph);
        if (ReferenceEquals(whole, mention) || whole.Amount == 0)
        {
            return null;
        }

        return Judge(item, mention, mention.Amount, whole.Amount, Half(mention), Half(whole),
            $"“{mention.Label}{mention.AmountText}万元，占{mention.Percent}%”以“{whole.Label}{whole.AmountText}万元”为基数");
    }

    private Finding? Change(NarrativeItem item, IReadOnlyList<NarrativeMention> mentions, NarrativeMention mention)
    {
        var current = mentions.FirstOrDefault(m => m.Paragraph == mention.Paragraph && m.Clause == mention.Clause && !m.IsChange);
        if (current is null)
        {
            return null;
        }

        var previous = current.Amount - (mention.ChangeSign * mention.Amount);
        if (previous <= 0)
        {
            return null;
        }

        return Judge(item, mention, mention.Amount, previous, Half(mention), Half(current) + Half(mention),
            $"“{current.Label}{current.AmountText}万元”{mention.Label}{mention.AmountText}万元，上年应为 {Compare.Amount(previous)}万元");
    }

    private Finding? Judge(NarrativeItem item, NarrativeMention mention, decimal part, decimal whole, decimal partHalf, decimal wholeHalf, string context)
    {
        var printed = mention.Percent!.Value;
        if (SafeArithmetic.Product(part / whole, 100m) is not { } exact)
        {
            // A share beyond decimal's range (a huge part of a tiny whole) is no share the text can state.
            return null;
        }

        var rounded = Math.Round(exact, mention.PercentDecimals, MidpointRounding.AwayFromZero);
        if (rounded == printed)
        {
            return null;
        }

        var lowest = Math.Max(0m, part - partHalf) / (whole + wholeHalf) * 100m;
        var highest = SafeArithmetic.Product((part + partHalf) / Math.Max(0.000001m, whole - wholeHalf), 100m) ?? decimal.MaxValue;
        var halfPercent = Tolerance.HalfStep(mention.PercentDecimals);
        var kind = printed >= lowest - halfPercent && printed <= highest + halfPercent ? FindingKind.Rounding : FindingKind.Discrepancy;
        var computed = Math.Round(exact, Math.Max(2, mention.PercentDecimals), MidpointRounding.AwayFromZero);
        return new Finding(Code, kind, NarrativeLocations.Of(item),
            $"{context}，计算得 {computed.ToString(CultureInfo.InvariantCulture)}%，文中为 {printed.ToString(CultureInfo.InvariantCulture)}%，相差 {Compare.Signed(printed - computed)} 个百分点。",
            computed, printed, printed - computed, "%", []);
    }

    private static decimal Half(NarrativeMention mention) => Tolerance.HalfStep(NarrativeLocations.Decimals(mention.AmountText));
}
