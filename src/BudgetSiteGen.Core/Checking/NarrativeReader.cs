using System.Globalization;
using System.Text.RegularExpressions;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// Finds the amounts a 情况说明 item states, with their labels, shares and changes. Paragraphs are split at
/// blank lines, clauses at 。 and ；. The label is the text since the last punctuation before the amount.
/// </summary>
public static partial class NarrativeReader
{
    // Two rules read every item; each item's text is read once, and forgotten with the report.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, IReadOnlyList<NarrativeMention>> Memo = [];

    public static IReadOnlyList<NarrativeMention> Read(string markdown) => Memo.GetValue(markdown, Parse);

    private static IReadOnlyList<NarrativeMention> Parse(string markdown)
    {
        var mentions = new List<NarrativeMention>();
        var paragraphs = markdown.Replace("\r", string.Empty, StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var text = paragraphs[p].Replace("\n", string.Empty, StringComparison.Ordinal).Replace("*", string.Empty, StringComparison.Ordinal);
            var clauses = text.Split('。', '；');
            for (var c = 0; c < clauses.Length; c++)
            {
                foreach (Match m in AmountPattern().Matches(clauses[c]))
                {
                    // Amounts and shares too large to be figures are not read (see FigureRange).
                    var percent = m.Groups["pct"].Success ? m.Groups["pct"].Value : null;
                    var share = 0m;
                    if (!FigureRange.TryRead(m.Groups["amount"].Value, out var amount) || (percent is not null && !FigureRange.TryRead(percent, out share)))
                    {
                        continue;
                    }

                    var label = m.Groups["label"].Value.Trim();
                    var change = ChangePattern().Match(label);
                    mentions.Add(new NarrativeMention(
                        label,
                        amount,
                        m.Groups["amount"].Value,
                        change.Success,
                        change.Success && change.Groups["dir"].Value == "减少" ? -1 : 1,
                        percent is null ? null : share,
                        percent is null || !percent.Contains('.', StringComparison.Ordinal) ? 0 : percent.Length - percent.IndexOf('.', StringComparison.Ordinal) - 1,
                        p,
                        c));
                }
            }
        }

        return mentions;
    }

    // label: the run since the last punctuation; amount in 万元; then optionally "，占P%" or "，增长/下降P%".
    [GeneratedRegex(@"(?<label>[^，,、：:；。()0-9]*?)\s*(?<amount>[0-9][0-9,]*(?:\.[0-9]+)?)\s*万元\s*(?:[，,]\s*(?:占|增长|下降)(?<pct>[0-9]+(?:\.[0-9]+)?)%)?")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"(?<dir>增加|减少)\z")]
    private static partial Regex ChangePattern();
}
