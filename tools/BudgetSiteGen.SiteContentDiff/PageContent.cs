using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BudgetSiteGen.SiteContentDiff;

/// <summary>
/// What a reader gets from a page, with the layout of its markup left out: the title, the visible text,
/// every table cell by row, and every element with its attributes in document order. Two pages with the
/// same content are equal here even when their markup differs in whitespace between tags.
/// </summary>
public sealed record PageContent(string Title, string Text, IReadOnlyList<string> TableRows, IReadOnlyList<string> Elements)
{
    private static readonly HtmlParser Parser = new();

    public static PageContent Read(string html)
    {
        var document = Parser.ParseDocument(html);
        var rows = document.QuerySelectorAll("table").SelectMany((table, t) =>
            table.QuerySelectorAll("tr").Select((row, r) =>
                $"table {t + 1} row {r + 1}: " + string.Join(" | ", row.Children.Select(cell => Collapse(cell.TextContent))))).ToList();
        var elements = document.All.Select(Describe).ToList();
        return new PageContent(Collapse(document.Title ?? string.Empty), Collapse(document.Body?.TextContent ?? string.Empty), rows, elements);
    }

    /// <summary>Runs of whitespace count as one space: a browser shows them so.</summary>
    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Describe(IElement element) =>
        element.LocalName + string.Concat(element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => $" {a.Name}=\"{Collapse(a.Value)}\""));
}
