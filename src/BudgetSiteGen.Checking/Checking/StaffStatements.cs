using System.Text.RegularExpressions;

namespace BudgetSiteGen.Checking;

/// <summary>
/// Head counts a text states, by kind: 编制 ("机关编制17名", "核定编制25人"), 在职 ("现有在职干部职工14人", "实有人数20人",
/// "编制17人，现有16人")
/// and 退休 ("退休人员12人"). A part of a count is not the count: 行政编制 and 事业编制 are parts of 编制, 离退休 is more
/// than 退休, and the groups a count is broken into ("参照公务员管理人员8人") are not read.
/// </summary>
public static partial class StaffStatements
{
    public const string Authorised = "编制";

    public const string Active = "在职";

    public const string Retired = "退休";

    public static IEnumerable<(string Kind, int Count, string Quote)> Read(string text)
    {
        foreach (var (kind, pattern) in new[] { (Authorised, AuthorisedPattern()), (Active, ActivePattern()), (Retired, RetiredPattern()) })
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (int.TryParse(m.Groups["n"].Value, out var count))
                {
                    yield return (kind, count, m.Value);
                }
            }
        }
    }

    // 编制 not after 行政, 事业, 参公, 工勤 or 车 (those are parts, or vehicles), then at most a few words and the count of 名 or 人.
    [GeneratedRegex(@"(?<![行政事业参公工勤车辆])编制(?:数|人数|总数)?(?:为|共|共有|是)?\s*(?<n>\d+)\s*(?:名|人)")]
    private static partial Regex AuthorisedPattern();

    [GeneratedRegex(@"(?:现有|实有|共有)?在职(?:在编)?(?:人员|干部职工|职工|工作人员|干部)?(?:总数|人数)?(?:为|共|共有|是)?\s*(?<n>\d+)\s*(?:名|人)|实有人数(?:为|共)?\s*(?<n>\d+)\s*(?:名|人)|现有(?:人员|职工)?(?:为|共)?\s*(?<n>\d+)\s*(?:名|人)")]
    private static partial Regex ActivePattern();

    [GeneratedRegex(@"(?<!离)退休(?:人员|职工|干部)?(?:为|共|共有|是)?\s*(?<n>\d+)\s*(?:名|人)")]
    private static partial Regex RetiredPattern();
}
