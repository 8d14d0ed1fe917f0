using System.Text.RegularExpressions;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// Parts and the total a text states for them, in any unit: "…30万元；…7万元；…23万元；共计71.52万元", "以上三项共计…",
/// "…合计9.4万元；…费用2.6万元…。总费用共计20万元", and a total followed by its parts ("251.25万元，其中：货物4.79万元、
/// 工程0万元、服务246.47万元", also over the numbered paragraphs that follow "其中："). A stated total (共计, 合计, 总计
/// standing alone before the figure) must equal its parts: the last N where the text says "以上N项", otherwise some run
/// of the amounts just before it (at least two). After "其中" the parts may leave some out, so only parts that add up
/// to more than their total are reported. Rates (每人500元) and changes (增加5万元) are not parts.
/// </summary>
public sealed partial class TextSumRule : AuditRule
{
    public override string Code => "BSG222";

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg222_nothing");

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in ReportText.Of(year))
        {
            for (var p = 0; p < text.Paragraphs.Count; p++)
            {
                var amounts = TextAmounts.Read(text.Paragraphs[p]);
                foreach (var finding in StatedTotals(run, text, text.Paragraphs[p], amounts).Concat(Breakdowns(run, text, p)))
                {
                    if (seen.Add($"{text.Owner}|{finding.Printed}|{finding.Expected}"))
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    private IEnumerable<Finding> StatedTotals(RuleRun run, ReportText text, string paragraph, IReadOnlyList<TextAmount> amounts)
    {
        var items = new List<TextAmount>();
        foreach (var amount in amounts.Where(a => a.IsPlain))
        {
            var total = TotalLabel().Match(amount.Label);
            var stated = total.Success && total.Groups["n"].Success ? ChineseCount(total.Groups["n"].Value) : null;
            if (!total.Success || (stated is { } n ? items.Count < n : items.Count < 2))
            {
                // Without parts before it, "合计9.4万元" is one item's own figure, itself a part of a later total.
                items.Add(amount);
                continue;
            }

            run.Compared();
            var finding = stated is { } count
                ? Compared(text, paragraph, amount, items.TakeLast(count).ToList(), onlyExcess: false)
                : AnyRun(text, paragraph, amount, items);
            items.Clear();
            if (finding is not null)
            {
                yield return finding;
            }
        }
    }

    /// <summary>A total holds when the amounts just before it, two or more, add up to it; otherwise all of them are shown.</summary>
    private Finding? AnyRun(ReportText text, string paragraph, TextAmount total, List<TextAmount> items)
    {
        Finding? closest = null;
        for (var first = items.Count - 2; first >= 0; first--)
        {
            var finding = Compared(text, paragraph, total, items.Skip(first).ToList(), onlyExcess: false);
            if (finding is null)
            {
                return null;
            }

            if (finding.Kind == FindingKind.Rounding)
            {
                closest ??= finding;
            }
        }

        return closest ?? Compared(text, paragraph, total, items, onlyExcess: false);
    }

    private IEnumerable<Finding> Breakdowns(RuleRun run, ReportText text, int p)
    {
        var paragraph = text.Paragraphs[p];
        var at = paragraph.IndexOf("其中", StringComparison.Ordinal);
        if (at < 0)
        {
            yield break;
        }

        var amounts = TextAmounts.Read(paragraph);
        var totals = amounts.Where(a => a.IsPlain && a.End <= at).ToList();
        // The parts run to the end of the sentence, or to the clause of a further "其中", which states another total.
        var next = paragraph.IndexOf("其中", at + 2, StringComparison.Ordinal);
        var stop = paragraph.IndexOf('。', at);
        var nextClause = next < 0 ? paragraph.Length : paragraph.LastIndexOfAny(['；', ';', '。'], next) is var b && b > at ? b : next;
        var end = Math.Min(nextClause, stop < 0 ? paragraph.Length : stop);
        var parts = amounts.Where(a => a.IsPlain && a.Start > at && a.Start < end).ToList();
        var partsText = paragraph;
        if (parts.Count == 0)
        {
            // "…其中：" closing a paragraph introduces the numbered paragraphs that follow ("1、…", "（2）…").
            var numbered = text.Paragraphs.Skip(p + 1).TakeWhile(q => Enumerated().IsMatch(q)).ToList();
            parts = numbered.SelectMany(q => TextAmounts.Read(q).Where(a => a.IsPlain)).ToList();
            partsText = string.Join(string.Empty, numbered);
        }

        if (totals.Count == 0 || parts.Count < 2)
        {
            yield break;
        }

        // Where a sentence states two measures ("年初预算为…，支出决算为…"), each is the total of the parts named alike.
        var keyed = totals.Select(t => (Total: t, Parts: parts.Where(a => a.LabelKey == t.LabelKey && a.LabelKey.Length > 0).ToList())).Where(x => x.Parts.Count >= 2).ToList();
        if (keyed.Count == 0)
        {
            keyed = [(totals[^1], parts)];
        }

        foreach (var (total, group) in keyed)
        {
            run.Compared();
            if (Compared(text, paragraph, total, group, onlyExcess: true) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private Finding? Compared(ReportText text, string paragraph, TextAmount total, IReadOnlyList<TextAmount> parts, bool onlyExcess)
    {
        var factor = total.YuanPerUnit;
        if (SafeArithmetic.Sum(parts.Select(a => a.Yuan)) is not { } yuan)
        {
            return null;
        }

        var sum = yuan / factor;
        if (onlyExcess && sum <= total.Printed)
        {
            return null;
        }

        var kind = Tolerance.Classify(sum, total.Printed, parts.Count, Math.Max(total.Decimals, parts.Max(a => a.Decimals)));
        if (kind is null)
        {
            return null;
        }

        var listed = Phrase.Join("audit_plus", parts.Select(a => Phrase.Of("audit_amount", ("amount", a.Printed), ("unit", Phrase.Unit(a.Unit)))));
        var quoted = Quote(paragraph, total);
        var message = onlyExcess
            ? Phrase.Of("finding_bsg222_excess", ("place", text.Location.Description), ("quote", quoted), ("parts", listed), ("sum", sum), ("stated", total.Printed),
                ("difference", PhraseArgument.Signed(total.Printed - sum)), ("unit", Phrase.Unit(total.Unit)))
            : Phrase.Of("finding_bsg222", ("place", text.Location.Description), ("quote", quoted), ("parts", listed), ("sum", sum), ("stated", total.Printed),
                ("difference", PhraseArgument.Signed(total.Printed - sum)), ("unit", Phrase.Unit(total.Unit)));
        return new Finding(Code, kind.Value, text.Location, message, sum, total.Printed, total.Printed - sum, total.Unit, []);
    }


    /// <summary>The sentence that states the total, shortened to its last 40 characters.</summary>
    private static string Quote(string paragraph, TextAmount total)
    {
        var start = paragraph.LastIndexOfAny(['。', '；', ';'], Math.Max(0, total.Start - 1)) + 1;
        var sentence = paragraph[start..total.End];
        return sentence.Length <= 40 ? sentence : "…" + sentence[^40..];
    }

    private static int? ChineseCount(string text) => text switch
    {
        "两" or "二" or "2" => 2,
        "三" or "3" => 3,
        "四" or "4" => 4,
        "五" or "5" => 5,
        "六" or "6" => 6,
        "七" or "7" => 7,
        "八" or "8" => 8,
        "九" or "9" => 9,
        "十" or "10" => 10,
        _ => null,
    };

    [GeneratedRegex(@"^(?:以上(?<n>两|二|三|四|五|六|七|八|九|十|\d+)项|总费用|总金额|总资金)?(?:共计|合计|总计)(?:为|金额|金额为)?$")]
    private static partial Regex TotalLabel();

    [GeneratedRegex(@"^(?:\d+[、.]|（\d+）|\(\d+\))")]
    private static partial Regex Enumerated();
}
