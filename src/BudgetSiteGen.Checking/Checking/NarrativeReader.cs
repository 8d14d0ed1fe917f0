using System.Text.RegularExpressions;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// Finds the amounts a 情况说明 item states, with their units, labels, shares, changes and execution rates. Paragraphs
/// are split at blank lines, clauses at 。 and ；. The label is the text since the last punctuation before the amount.
/// Amounts in 元, 千元, 万元 and 亿元 may share one sentence; figures with spaces around them and full-width digits are
/// read. A number too large to be an amount is not read as one.
/// </summary>
public static partial class NarrativeReader
{
    // Two rules read every item; each item's text is read once, and forgotten with the report.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, IReadOnlyList<NarrativeMention>> Memo = [];

    public static IReadOnlyList<NarrativeMention> Read(string markdown) => Memo.GetValue(markdown, Parse);

    private static IReadOnlyList<NarrativeMention> Parse(string markdown)
    {
        var mentions = new List<NarrativeMention>();
        var paragraphs = NarrativeText.Normalise(markdown).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var text = paragraphs[p].Replace("\n", string.Empty, StringComparison.Ordinal);
            var clauses = text.Split('。', '；');
            var offset = 0;
            for (var c = 0; c < clauses.Length; c++)
            {
                foreach (Match m in AmountPattern().Matches(clauses[c]))
                {
                    if (Read(m, p, c, clauses[c], text[..(offset + m.Index)]) is { } mention)
                    {
                        mentions.Add(mention);
                    }
                }

                offset += clauses[c].Length + 1;
            }
        }

        return mentions;
    }

    private static NarrativeMention? Read(Match m, int paragraph, int clause, string clauseText, string before)
    {
        var amountText = m.Groups["amount"].Value;
        // Amounts and shares too large to be figures are not read (see FigureRange).
        if (!FigureRange.TryRead(amountText, out var amount))
        {
            return null;
        }

        var label = m.Groups["label"].Value.Trim();
        var change = ChangePattern().Match(label);
        var percentText = m.Groups["pct"].Success ? m.Groups["pct"].Value : null;
        decimal? percent = null;
        if (percentText is not null)
        {
            if (!FigureRange.TryRead(percentText, out var share))
            {
                return null;
            }

            percent = share;
        }
        var kind = percent is null ? PercentKind.None
            : m.Groups["done"].Success ? PercentKind.Execution
            : m.Groups["grow"].Success ? PercentKind.Change
            : PercentKind.Share;
        return new NarrativeMention(
            label,
            amount,
            amountText,
            WireNames.MoneyUnits[m.Groups["unit"].Value],
            change.Success,
            change.Success && change.Groups["dir"].Value is "减少" or "下降" ? -1 : 1,
            percent,
            percentText is null || !percentText.Contains('.', StringComparison.Ordinal) ? 0 : percentText.Length - percentText.IndexOf('.', StringComparison.Ordinal) - 1,
            kind,
            paragraph,
            clause)
        {
            ClauseBefore = clauseText[..(m.Groups["amount"].Index)],
            Before = before,
        };
    }

    // label: the run since the last punctuation; the amount and its unit (亿元, 千元, 万元 or 元); then optionally
    // "，占P%" (a share, also "占本年支出合计的P%", "占比为P%", "所占比重P%"), "，增长/下降P%" (a change), or "，完成（年初）预算的P%".
    [GeneratedRegex(@"(?<label>[^，,、：:；。()0-9]*?)\s*(?<amount>[0-9][0-9,]*(?:\.[0-9]+)?)\s*(?<unit>亿元|千元|万元|元)\s*(?:[，,]?\s*(?:(?<grow>增长|下降|增加|减少)|(?<done>完成[^0-9%，,。；]{0,12}?的?)|所?占[^0-9%，,。；]{0,14}?)\s*(?<pct>[0-9]+(?:\.[0-9]+)?)\s*%)?")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"(?<dir>增加|减少|增长|下降)\z")]
    private static partial Regex ChangePattern();
}
