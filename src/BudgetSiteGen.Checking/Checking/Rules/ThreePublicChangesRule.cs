using System.Text.RegularExpressions;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// The 三公 total's stated change against its items' stated changes in the 情况说明: "“三公”经费…比上年减少0.5万元。
/// 其中：因公出国（境）费…减少0.2万元；公务接待费…增加0.1万元；公务用车购置及运行维护费…减少0.4万元" must add up
/// (−0.2 + 0.1 − 0.4 ≠ −0.5). "持平" or "与上年…相同" is a change of nought. The car item is either stated whole
/// (公务用车购置及运行（维护）费) or as 购置费 and 运行（维护）费, never both counted. Only a total whose every item
/// states its change is compared.
/// </summary>
public sealed partial class ThreePublicChangesRule : AuditRule
{
    public override string Code => "BSG229";

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg229_nothing");

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var item in year.Narrative)
        {
            var text = NarrativeText.Normalise(item.Body).Replace("\n", string.Empty, StringComparison.Ordinal);
            // Each mention of 三公 may state the total's change; its items follow it, up to the next mention.
            var mentions = TotalPattern().Matches(text).Select(m => m.Index).Append(text.Length).ToList();
            for (var m = 0; m + 1 < mentions.Count; m++)
            {
                if (Compared(run, item, text, mentions[m], mentions[m + 1]) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }

    private Finding? Compared(RuleRun run, NarrativeItem item, string text, int start, int end)
    {
        var items = ItemPattern().Matches(text[..end], start).ToList();
        if (Change(text, start, items.Count == 0 ? end : items[0].Index) is not { } total)
        {
            return null;
        }

        var changes = new Dictionary<string, Stated>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var key = Key(items[i].Value);
            var itemEnd = i + 1 < items.Count ? items[i + 1].Index : end;
            if (!changes.ContainsKey(key) && Change(text, items[i].Index + items[i].Length, itemEnd) is { } change)
            {
                changes[key] = change;
            }
        }

        var car = changes.TryGetValue("car", out var whole) ? [whole]
            : changes.TryGetValue("purchase", out var purchase) && changes.TryGetValue("running", out var running) ? new[] { purchase, running } : null;
        if (!changes.TryGetValue("abroad", out var abroad) || !changes.TryGetValue("reception", out var reception) || car is null)
        {
            run.Missing(Phrase.Of("audit_bsg229_items_missing", ("where", NarrativeLocations.Of(item).Description)));
            return null;
        }

        run.Compared();
        Stated[] parts = [abroad, reception, .. car];
        // Figures are compared in the total's unit; a total stated as 持平 takes the unit of the first item's amount.
        var reference = total.IsLevel ? parts.FirstOrDefault(p => !p.IsLevel) ?? total : total;
        var sum = parts.Sum(p => p.Yuan) / reference.PerUnit;
        var printed = total.Yuan / reference.PerUnit;
        var kind = Tolerance.Classify(sum, printed, parts.Length + 1, parts.Append(total).Max(p => p.Decimals));
        if (kind is null)
        {
            return null;
        }

        var listed = string.Join("、", parts.Select(p => p.Quote));
        return new Finding(Code, kind.Value, NarrativeLocations.Of(item),
            Phrase.Of("finding_bsg229", ("total", total.Quote), ("listed", listed), ("sum", PhraseArgument.Signed(sum)), ("unit", Phrase.Unit(reference.Unit)),
                ("difference", PhraseArgument.Signed(printed - sum))),
            sum, printed, printed - sum, reference.Unit, []);
    }

    /// <summary>The first change stated between start and end: an amount after 增加/减少 (signed), or 持平/相同 (nought).</summary>
    private static Stated? Change(string text, int start, int end)
    {
        var span = text[start..end];
        var amount = TextAmounts.Read(span).FirstOrDefault(a => a.IsChange && !a.IsRate);
        var level = LevelPattern().Match(span);
        if (amount is not null && (!level.Success || amount.Start < level.Index))
        {
            var sign = DecreasePattern().IsMatch(amount.Label) ? -1 : 1;
            var perUnit = amount.YuanPerUnit;
            var word = sign < 0 ? "减少" : "增加";
            return new Stated(sign * amount.Yuan, perUnit, amount.Unit, amount.Decimals, $"{word}{Compare.Amount(amount.Printed)}{amount.Unit}", IsLevel: false);
        }

        return level.Success ? new Stated(0m, 1m, "元", 0, "持平", IsLevel: true) : null;
    }


    private static string Key(string item) => item switch
    {
        _ when item.StartsWith("因公出国", StringComparison.Ordinal) => "abroad",
        _ when item.StartsWith("公务接待", StringComparison.Ordinal) => "reception",
        _ when item.Contains("及运行", StringComparison.Ordinal) => "car",
        _ when item.Contains("购置", StringComparison.Ordinal) => "purchase",
        _ => "running",
    };

    /// <summary>A stated change: in 元 (signed), the 元 per printed unit, and how the text says it; 持平 is a level change.</summary>
    private sealed record Stated(decimal Yuan, decimal PerUnit, string Unit, int Decimals, string Quote, bool IsLevel);

    // The whole car item is tried before its parts, so "公务用车购置及运行维护费" is not read as 购置费.
    [GeneratedRegex(@"因公出国|公务接待|公务用车购置及运行|公务用车购置|公务用车运行")]
    private static partial Regex ItemPattern();

    [GeneratedRegex(@"三公")]
    private static partial Regex TotalPattern();

    [GeneratedRegex(@"持平|(?:与|和|同)(?:上年|上一年|20\d\d年)[^，,；;。]{0,8}?(?:相同|一致|相等)|无变化|没有变化")]
    private static partial Regex LevelPattern();

    [GeneratedRegex(@"减少|下降|降低|节约|节省")]
    private static partial Regex DecreasePattern();
}
