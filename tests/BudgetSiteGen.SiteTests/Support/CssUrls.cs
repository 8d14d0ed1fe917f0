using System.Text.RegularExpressions;

namespace BudgetSiteGen.SiteTests.Support;

/// <summary>The URLs a stylesheet fetches: url(…) and @import, outside comments.</summary>
public static partial class CssUrls
{
    public static IEnumerable<UrlReference> In(string css, string where)
    {
        var code = Comments().Replace(css, " ");
        foreach (Match match in Url().Matches(code))
        {
            yield return new UrlReference(where + " url()", match.Groups["url"].Value.Trim());
        }

        foreach (Match match in Import().Matches(code))
        {
            yield return new UrlReference(where + " @import", match.Groups["url"].Value.Trim());
        }
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"(?<!@import\s*)url\(\s*(?<q>['""]?)(?<url>.*?)\k<q>\s*\)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Url();

    [GeneratedRegex(@"@import\s+(?:url\(\s*)?(?<q>['""]?)(?<url>[^'""\s;)]+)\k<q>", RegexOptions.IgnoreCase)]
    private static partial Regex Import();
}
