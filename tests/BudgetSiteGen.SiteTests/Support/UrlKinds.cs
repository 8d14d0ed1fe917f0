using System.Text.RegularExpressions;

namespace BudgetSiteGen.SiteTests.Support;

/// <summary>Sorts a URL into what the site may contain: same-site paths, and the few schemes that fetch nothing.</summary>
public static partial class UrlKinds
{
    /// <summary>Schemes that open a mail or phone app or carry the data inline: they reach no host.</summary>
    private static readonly string[] NoHostSchemes = ["mailto:", "tel:", "data:"];

    public static bool IsNoHostScheme(string url) =>
        NoHostSchemes.Any(scheme => url.TrimStart().StartsWith(scheme, StringComparison.OrdinalIgnoreCase));

    /// <summary>http:, https:, //host or any other scheme: something that would leave the site.</summary>
    public static bool IsAbsolute(string url)
    {
        var trimmed = url.Trim();
        return trimmed.StartsWith("//", StringComparison.Ordinal)
            || trimmed.StartsWith(@"\\", StringComparison.Ordinal)
            || (Scheme().IsMatch(trimmed) && !IsNoHostScheme(trimmed));
    }

    public static bool IsSameSite(string url) => !IsAbsolute(url) && !IsNoHostScheme(url);

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:")]
    private static partial Regex Scheme();
}
