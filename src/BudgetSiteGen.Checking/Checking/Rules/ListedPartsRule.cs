using System.Text.RegularExpressions;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// A stated total followed by the list of its parts: "项目支出100万元，包括：A 30万元、B 70万元", "…分别为…", and a
/// total closing with "具体如下：" or "明细如下：" whose parts follow in the next lines or numbered paragraphs (each
/// item's first amount is its figure; what an item says after it, "其中…", is its own breakdown). Such a list names
/// every part, so a sum short of its total is a discrepancy as much as one over it; a list that says it is not
/// complete ("主要包括", "…等") is reported only when its parts exceed the total. "其中" lists are BSG222's.
/// </summary>
public sealed partial class ListedPartsRule : AuditRule
{
    public override string Code => "BSG233";

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg233_nothing");

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in ReportText.Of(year))
        {
            for (var p = 0; p < text.Paragraphs.Count; p++)
            {
                var paragraph = text.Paragraphs[p];
                foreach (Match marker in MarkerPattern().Matches(paragraph))
                {
                    if (List(text, p, marker) is not { } list || !seen.Add($"{text.Owner}|{list.Total.Yuan}|{string.Join(",", list.Parts.Select(a => a.Yuan))}"))
                    {
                        continue;
                    }

                    run.Compared();
                    if (Compared(text, paragraph, list) is { } finding)
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    private static Listed? List(ReportText text, int p, Match marker)
    {
        var paragraph = text.Paragraphs[p];
        if (marker.Index >= 2 && paragraph[..marker.Index].EndsWith("其中", StringComparison.Ordinal))
        {
            return null;
        }

        var amounts = TextAmounts.Read(paragraph);
        var sentenceStart = paragraph.LastIndexOfAny(['。'], Math.Max(0, marker.Index - 1)) + 1;
        // The total is the amount right before the marker ("…100万元，包括…"), in its sentence or, for a sentence that
        // opens with the marker ("…总计100万元。具体如下："), the one before it.
        var before = amounts.LastOrDefault(a => a.End <= marker.Index);
        var opensSentence = marker.Groups["follows"].Success && paragraph[sentenceStart..marker.Index].Trim().Length == 0;
        if (before is null || !before.IsPlain || (before.Start < sentenceStart && !opensSentence) || TooFarApart(before.End, marker.Index))
        {
            return null;
        }

        var sentenceEnd = paragraph.IndexOf('。', marker.Index) is var e && e >= 0 ? e : paragraph.Length;
        var inline = amounts.Where(a => a.Start > marker.Index && a.Start < Math.Min(sentenceEnd, NestedBreakdown(paragraph, marker.Index, sentenceEnd))).ToList();
        var complete = !marker.Groups["partial"].Success && !paragraph[marker.Index..sentenceEnd].TrimEnd('。', '；', ' ').EndsWith('等');
        List<TextAmount> parts;
        if (inline.Count > 0 && !marker.Groups["follows"].Success)
        {
            parts = inline.Where(a => a.IsPlain).ToList();
        }
        else if (marker.Groups["follows"].Success)
        {
            // The parts follow: numbered items in this paragraph's remaining sentences or in the next paragraphs.
            var items = Enumerated().Split(paragraph[(marker.Index + marker.Length)..]).Skip(1)
                .Concat(text.Paragraphs.Skip(p + 1).TakeWhile(q => Numbered().IsMatch(q)))
                .ToList();
            parts = items.Select(item => TextAmounts.Read(item).FirstOrDefault(a => a.IsPlain)).OfType<TextAmount>().ToList();
            if (parts.Count != items.Count)
            {
                // An item without an amount of its own: the list cannot be added up.
                return null;
            }
        }
        else
        {
            return null;
        }

        return parts.Count >= 2 ? new Listed(before, parts, complete, marker.Value) : null;
    }

    private Finding? Compared(ReportText text, string paragraph, Listed list)
    {
        var total = list.Total;
        var perUnit = total.YuanPerUnit;
        if (SafeArithmetic.Sum(list.Parts.Select(a => a.Yuan)) is not { } yuan)
        {
            return null;
        }

        var sum = yuan / perUnit;
        if (!list.Complete && sum <= total.Printed)
        {
            return null;
        }

        var kind = Tolerance.Classify(sum, total.Printed, list.Parts.Count, Math.Max(total.Decimals, list.Parts.Max(a => a.Decimals)));
        if (kind is null)
        {
            return null;
        }

        var listed = string.Join(" + ", list.Parts.Select(a => Compare.Amount(a.Printed) + a.Unit));
        var start = paragraph.LastIndexOfAny(['。', '；'], Math.Max(0, total.Start - 1)) + 1;
        var quoted = paragraph[start..total.End] is var q && q.Length > 40 ? "…" + q[^40..] : paragraph[start..total.End];
        return new Finding(Code, kind.Value, text.Location,
            Phrase.Of("finding_bsg233", ("where", text.Location.Description), ("quote", quoted), ("marker", list.Marker), ("listed", listed), ("sum", sum),
                ("total", total.Printed), ("unit", Phrase.Unit(total.Unit)), ("difference", PhraseArgument.Signed(total.Printed - sum))),
            sum, total.Printed, total.Printed - sum, total.Unit, []);
    }

    /// <summary>
    /// Whether more than a few words stand between the amount and the marker ("100万元，包括" or "100万元，其资金包括"),
    /// in which case the list may be of something else the sentence names.
    /// </summary>
    private static bool TooFarApart(int amountEnd, int markerStart) => markerStart - amountEnd > 12;

    /// <summary>Where a "其中" inside the list starts a part's own breakdown; the list ends there.</summary>
    private static int NestedBreakdown(string paragraph, int from, int end)
    {
        var at = paragraph.IndexOf("其中", from, StringComparison.Ordinal);
        return at >= 0 && at < end ? at : end;
    }


    private sealed record Listed(TextAmount Total, IReadOnlyList<TextAmount> Parts, bool Complete, string Marker);

    // "主要包括" and "主要有" say the list may leave parts out; "具体如下", "明细如下" and a closing "如下：" put the parts after.
    [GeneratedRegex(@"(?<partial>主要包括|主要有|主要包含)|(?<follows>具体如下|明细如下|具体情况如下|如下)[：:]?|包括[：:]?|包含[：:]?|分别为[：:]?|分别是[：:]?")]
    private static partial Regex MarkerPattern();

    // An item's number inside a paragraph, after punctuation: "1、", "（2）", "三是".
    [GeneratedRegex(@"(?:^|(?<=[。；：:\s]))(?:\d+、|（\d+）|\(\d+\)|[一二三四五六七八九十]+[、是])")]
    private static partial Regex Enumerated();

    // A paragraph that is one numbered item: "1、…", "2.…" (not "2.5万元"), "（3）…", "四、…".
    [GeneratedRegex(@"^(?:\d+[、.．](?!\d)|（\d+）|\(\d+\)|[一二三四五六七八九十]+[、是])")]
    private static partial Regex Numbered();
}
