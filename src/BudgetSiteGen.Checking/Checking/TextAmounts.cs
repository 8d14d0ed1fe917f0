using System.Text.RegularExpressions;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// Reads the amounts of money in a text (a card's 项目概况, a form's goals, a 情况说明 paragraph) in 元, 千元, 万元
/// and 亿元, with spaces around the figure and full-width digits, and says which are rates and which are changes.
/// A label runs back to the last punctuation (，、：（ and the like), so "为全县残疾人进行临时性救助30万元，每户300元"
/// gives a plain amount (30万元) and a rate per 户 (300元).
/// </summary>
public static partial class TextAmounts
{
    public static IReadOnlyList<TextAmount> Read(string text)
    {
        var amounts = new List<TextAmount>();
        foreach (Match m in AmountPattern().Matches(text))
        {
            var digits = m.Groups["n"].Value;
            if (!FigureRange.TryRead(digits, out var printed))
            {
                continue;
            }

            var unit = m.Groups["u"].Value;
            var factor = unit switch { "亿元" => 100_000_000m, "万元" => 10_000m, "千元" => 1_000m, _ => 1m };
            if (SafeArithmetic.Product(printed, factor) is not { } yuan)
            {
                continue;
            }

            var label = Label(text, m.Index);
            var each = EachPattern().Match(label);
            var per = m.Groups["per"].Success && CountWord(m.Groups["per"].Value) is { } after ? after : each.Success ? CountWord(each.Groups["per"].Value) : null;
            var period = m.Groups["period"].Success ? m.Groups["period"].Value : m.Groups["per"].Success && Period(m.Groups["per"].Value) is { } p ? p : each.Success && each.Groups["period"].Success ? each.Groups["period"].Value : null;
            amounts.Add(new TextAmount(m.Index, m.Index + m.Length, printed, NarrativeLocations.Decimals(digits.Replace(",", string.Empty, StringComparison.Ordinal)), unit, yuan, label, per, Normalised(period), ChangePattern().IsMatch(label)));
        }

        return amounts;
    }

    /// <summary>What a rate is per, with 名 and 位 read as 人 and 家 as 户; null for anything else.</summary>
    public static string? CountWord(string word) => word switch
    {
        "人" or "名" or "位" => "人",
        "户" or "家" => "户",
        "例" => "例",
        "次" => "次",
        _ => null,
    };

    private static string? Period(string word) => word is "年" or "月" or "天" or "日" ? word : null;

    private static string? Normalised(string? period) => period == "日" ? "天" : period;

    private static string Label(string text, int end)
    {
        var start = text.LastIndexOfAny(Breaks, Math.Max(0, end - 1)) + 1;
        return end > start ? text[start..end].Trim() : string.Empty;
    }

    private static readonly char[] Breaks = ['，', ',', '。', '；', ';', '、', '：', ':', '（', '(', '）', ')', '\n'];

    [GeneratedRegex(@"(?<![\d.])(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<u>亿元|万元|千元|元)(?:\s*[/／]\s*(?<per>人|名|位|户|家|例|次|年|月|天|日)(?:\s*[/／]\s*(?<period>年|月|天|日))?)?")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"每(?<per>人|名|位|户|家|例|次)(?:每?(?<period>年|月|天|日))?")]
    private static partial Regex EachPattern();

    [GeneratedRegex(@"(?:增加|减少|增长|下降|上升|降低|节约|节省|比上年|同比|较上年)")]
    private static partial Regex ChangePattern();
}
