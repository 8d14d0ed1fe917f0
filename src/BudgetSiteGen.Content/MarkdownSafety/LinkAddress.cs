using Markdig.Helpers;

namespace BudgetSiteGen.MarkdownSafety;

/// <summary>
/// Decides whether an address written in content may become a link or an image on a page. The address is
/// read the way a browser reads it before its scheme is judged — character references decoded, case,
/// whitespace and control characters ignored — so that <c>JaVa&amp;#x09;Script:</c> counts as <c>javascript:</c>.
/// Anything with a scheme outside the short allowed list is refused: a list of what is safe cannot be
/// outrun by a scheme nobody thought of, as a list of what is dangerous can.
/// </summary>
public static class LinkAddress
{
    private static readonly string[] FollowableSchemes = ["http", "https", "mailto"];

    /// <summary>A relative address, or one starting with http:, https: or mailto: — what a reader may follow.</summary>
    public static bool IsFollowable(string address) => SchemeOf(address) is not { } scheme || FollowableSchemes.Contains(scheme);

    /// <summary>
    /// A relative address on the site itself. An image is fetched as soon as the page loads, so one on another
    /// host would be a request to it, which the site promises never to make.
    /// </summary>
    public static bool IsLocalImage(string address)
    {
        var text = Normalise(address);
        return SchemeIn(text) is null && !IsNetworkPath(text);
    }

    /// <summary>//host/… (or \\host, which browsers read the same way): relative in form, but on another host.</summary>
    private static bool IsNetworkPath(string text) => text.Length >= 2 && text[0] is '/' or '\\' && text[1] is '/' or '\\';

    /// <summary>The scheme in lower case, or null for a relative address.</summary>
    public static string? SchemeOf(string address) => SchemeIn(Normalise(address));

    /// <summary>
    /// Everything before the first ':' counts as the scheme unless a '/', '?', '#' or '\' comes first. That is
    /// stricter than a browser (which would read "中文:x" as a relative path) and never more lenient.
    /// </summary>
    private static string? SchemeIn(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || text.AsSpan(0, colon).IndexOfAny(['/', '?', '#', '\\']) >= 0)
        {
            return null;
        }

        return text[..colon].ToLowerInvariant();
    }

    /// <summary>
    /// Character references decoded until none is left (so a double-encoded one cannot slip through), then every
    /// whitespace and control character removed: browsers drop tabs and line breaks anywhere in an address.
    /// </summary>
    private static string Normalise(string address)
    {
        var text = address;
        for (var pass = 0; pass < 4 && text.Contains('&', StringComparison.Ordinal); pass++)
        {
            var decoded = HtmlHelper.Unescape(text, removeBackSlash: false);
            if (decoded == text)
            {
                break;
            }

            text = decoded;
        }

        return string.Concat(text.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
    }
}
