using System.Text.RegularExpressions;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Validation;

/// <summary>
/// Reads a printed indicator value ("≥27人", "16000元/人", "≤2000元", "100%") as comparator, number
/// and unit. Values that are dates, ranges or words ("2024年12月31日前", "6至11月", "有所改善") do not parse
/// and keep only their printed text.
/// </summary>
public static partial class IndicatorValueParser
{
    public static IndicatorValue? Parse(string printed)
    {
        var match = ValuePattern().Match(printed.Trim());
        if (!match.Success)
        {
            return null;
        }

        var comparator = match.Groups["cmp"].Value switch
        {
            "≥" or ">=" or "不低于" or "不少于" or "大于等于" => Comparator.GreaterOrEqual,
            "≤" or "<=" or "不高于" or "不超过" or "小于等于" => Comparator.LessOrEqual,
            ">" or "大于" or "高于" => Comparator.Greater,
            "<" or "小于" or "低于" => Comparator.Less,
            _ => Comparator.Equal,
        };
        // A number too large to be a figure leaves the value as printed text, like a value that does not parse.
        return FigureRange.TryRead(match.Groups["num"].Value, out var number)
            ? new IndicatorValue(comparator, number, match.Groups["unit"].Value.Trim())
            : null;
    }

    [GeneratedRegex(@"^(?<cmp>≥|≤|>=|<=|>|<|=|不低于|不少于|不高于|不超过|大于等于|小于等于|大于|小于|高于|低于)?\s*(?<num>[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?|[0-9]+(\.[0-9]+)?)\s*(?<unit>[^0-9０-９]*)\z")]
    private static partial Regex ValuePattern();
}
