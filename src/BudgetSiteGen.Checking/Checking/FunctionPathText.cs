using System.Text.RegularExpressions;

namespace BudgetSiteGen.Checking;

/// <summary>
/// Reads a function written out by name, as narratives do: "一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行"
/// (上海) or "一般公共服务支出（类）财政事务（款）行政运行（项）" (决算 everywhere).
/// </summary>
public static partial class FunctionPathText
{
    public static IReadOnlyList<string> LastPath(string text)
    {
        var marked = MarkedPattern().Matches(text).LastOrDefault();
        var hyphenated = HyphenPattern().Matches(text).LastOrDefault();
        if (marked is not null && (hyphenated is null || marked.Index >= hyphenated.Index))
        {
            var names = new List<string> { marked.Groups["lei"].Value.Trim() };
            if (marked.Groups["kuan"].Success)
            {
                names.Add(marked.Groups["kuan"].Value.Trim());
            }

            if (marked.Groups["xiang"].Success)
            {
                names.Add(marked.Groups["xiang"].Value.Trim());
            }

            return names;
        }

        return hyphenated is null ? [] : hyphenated.Value.Split('-', '－', '—').Select(n => n.Trim()).ToList();
    }

    [GeneratedRegex(@"(?<lei>[^，,。；、：:“”""0-9（(]+?)[（(]类[）)](?:(?<kuan>[^，,。；、：:“”""0-9]+?)[（(]款[）)])?(?:(?<xiang>[^，,。；、：:“”""0-9]+?)[（(]项[）)])?")]
    private static partial Regex MarkedPattern();

    [GeneratedRegex(@"[^，,。；、：:“”""0-9\-－—\s]+(?:\s*[-－—]\s*[^，,。；、：:“”""0-9\-－—]+){1,2}")]
    private static partial Regex HyphenPattern();
}
