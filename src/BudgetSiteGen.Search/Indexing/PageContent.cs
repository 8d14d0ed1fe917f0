using System.Net;
using System.Text.RegularExpressions;

namespace BudgetSiteGen.Indexing;

/// <summary>
/// What a rendered page shows a reader, as the search indexes it: the text of its breadcrumb trail and of its
/// main content without the navigation inside it (the pager's "next table" is not what the page is about), and
/// the classification codes its tables print. Read from the page the theme wrote, so the search finds a page by
/// exactly the words it shows, whatever the theme puts on it. Figures are left out: a query of digits is a code.
/// </summary>
public static partial class PageContent
{
    public static SearchDocument Enrich(SearchDocument document, string html)
    {
        var shown = Shown(html);
        var codes = CodeCell().Matches(shown).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        var text = WebUtility.HtmlDecode(Tag().Replace(shown, " "));
        text = Digits().Replace(text, " ");
        return document with { Fields = [.. document.Fields, new SearchField(text, FieldWeights.Body)], Codes = codes };
    }

    private static string Shown(string html)
    {
        var crumbs = Crumbs().Match(html).Value;
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        var main = start >= 0 && end > start ? html[start..end] : string.Empty;
        return crumbs + " " + Nav().Replace(main, " ");
    }

    [GeneratedRegex("""<nav class="breadcrumbs".*?</nav>""", RegexOptions.Singleline)]
    private static partial Regex Crumbs();

    [GeneratedRegex("<nav[ >].*?</nav>", RegexOptions.Singleline)]
    private static partial Regex Nav();

    [GeneratedRegex("""class="code"[^>]*>\s*([0-9]{3,})\s*<""")]
    private static partial Regex CodeCell();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
