using System.Text.RegularExpressions;

namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// Absolute URLs in JavaScript source, outside comments. Scripts build requests from strings, so any
/// http:, https: or "//host" string is taken as a request to another host; a licence comment is not.
/// </summary>
public static partial class ScriptUrls
{
    /// <summary>XML namespace names look like URLs but are only identifiers: nothing is fetched from them.</summary>
    private static readonly HashSet<string> NamespaceNames = new(StringComparer.Ordinal)
    {
        "http://www.w3.org/2000/svg",
        "http://www.w3.org/1999/xlink",
        "http://www.w3.org/1999/xhtml",
        "http://www.w3.org/XML/1998/namespace",
        "http://www.w3.org/2000/xmlns/",
        "http://www.w3.org/1998/Math/MathML",
    };

    public static IEnumerable<UrlReference> AbsoluteIn(string script, string where)
    {
        var code = LineComments().Replace(BlockComments().Replace(script, " "), string.Empty);
        return AbsoluteUrl().Matches(code)
            .Select(match => match.Value)
            .Where(url => !NamespaceNames.Contains(url))
            .Select(url => new UrlReference(where, url));
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComments();

    /// <summary>
    /// A '//' not right after a colon, quote or backslash starts a comment. This is an approximation
    /// (a string holding " // " loses the rest of its line), which errs towards missing, never towards
    /// a false alarm.
    /// </summary>
    [GeneratedRegex(@"(?<![:'""`\\])//[^\n]*")]
    private static partial Regex LineComments();

    [GeneratedRegex(@"(?:\b[A-Za-z][A-Za-z0-9+.\-]*:)?//[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+[^\s'""`)]*")]
    private static partial Regex AbsoluteUrl();
}
