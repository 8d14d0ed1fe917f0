using System.Text;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// What an indicator or a project is about, so that the same quantity named in two places is paired by meaning:
/// "三四级残疾人生活补贴人数" (a form), the card "三、四级残疾人生活补贴" and its "…补贴标准" all come down to
/// "三四级残疾人生活". Punctuation, brackets and the words that only say what kind of figure it is are dropped.
/// </summary>
public static class IndicatorMeaning
{
    private static readonly string[] KindWords = ["人数", "户数", "人次", "标准", "补助", "补贴", "发放", "资金", "经费", "项目", "数"];

    public static string Key(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsPunctuation(c) && !char.IsWhiteSpace(c) && !char.IsSymbol(c))
            {
                text.Append(c);
            }
        }

        var key = text.ToString();
        for (var trimmed = true; trimmed;)
        {
            trimmed = false;
            foreach (var word in KindWords)
            {
                if (key.Length > word.Length + 1 && key.EndsWith(word, StringComparison.Ordinal))
                {
                    key = key[..^word.Length];
                    trimmed = true;
                }
            }
        }

        return key;
    }

    /// <summary>
    /// Whether two printed values can both be true: "≥14000" and "≤12500" cannot, "≥5000" and "≤5400" can, and two
    /// exact values only when equal. Values are compared after <paramref name="factorA"/> and <paramref name="factorB"/>
    /// bring them to one measure (per year for "/月").
    /// </summary>
    public static bool CanBothHold(IndicatorValue a, decimal factorA, IndicatorValue b, decimal factorB)
    {
        var (aLow, aHigh) = Range(a, factorA);
        var (bLow, bHigh) = Range(b, factorB);
        return Below(aLow, bHigh) && Below(bLow, aHigh);
    }

    private readonly record struct Bound(decimal Value, bool Inclusive);

    private static (Bound? Low, Bound? High) Range(IndicatorValue value, decimal factor)
    {
        var v = value.Number * factor;
        return value.Comparator switch
        {
            Comparator.Less => (null, new Bound(v, false)),
            Comparator.LessOrEqual => (null, new Bound(v, true)),
            Comparator.Greater => (new Bound(v, false), null),
            Comparator.GreaterOrEqual => (new Bound(v, true), null),
            _ => (new Bound(v, true), new Bound(v, true)),
        };
    }

    /// <summary>A lower bound that does not exceed an upper bound: the range between them holds a value.</summary>
    private static bool Below(Bound? low, Bound? high) =>
        low is not { } l || high is not { } h || l.Value < h.Value || (l.Value == h.Value && l.Inclusive && h.Inclusive);
}
