using System.Text.RegularExpressions;

namespace BudgetSiteGen.Validation;

/// <summary>
/// A language tag in the shape of BCP 47 ("zh-CN", "zh-Hans-CN", "en"): letters, then parts of letters and
/// digits joined by hyphens. The site's language names the theme's strings file, so it must never be a path.
/// </summary>
public static partial class LanguageTag
{
    public static bool IsValid(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"\A[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*\z")]
    private static partial Regex Pattern();
}
