using AngleSharp.Dom;

namespace BudgetSiteGen.Tests.Indexing;

/// <summary>
/// What a reader finds on a page, read from its HTML alone: the text of its breadcrumb trail and its main content,
/// leaving out the navigation inside it such as the pager (each element's text apart from its neighbours', quotes
/// and brackets dropped, letters lowercased), and the classification codes its tables show.
/// </summary>
public sealed record PageWords(string Text, IReadOnlyList<string> Codes)
{
    private const string Transparent = "“”‘’\"'「」『』《》〈〉（）()【】[]";

    public static PageWords Of(IDocument page)
    {
        var main = page.QuerySelector("main")!;
        var parts = page.QuerySelector("nav.breadcrumbs")!.Descendants<IText>()
            .Concat(main.Descendants<IText>().Where(t => t.Ancestors<IElement>().All(e => e.LocalName != "nav")))
            .Select(t => Normal(t.Data));
        var codes = main.QuerySelectorAll(".code").Where(e => e.Closest("nav") is null).Select(e => e.TextContent.Trim()).ToList();
        return new PageWords(" " + string.Join(" ", parts) + " ", codes);
    }

    public static string Normal(string text) =>
        new(text.Where(c => !Transparent.Contains(c, StringComparison.Ordinal)).Select(char.ToLowerInvariant).ToArray());
}
