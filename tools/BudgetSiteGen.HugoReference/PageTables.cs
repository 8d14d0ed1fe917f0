using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace BudgetSiteGen.HugoReference;

/// <summary>
/// What the comparison looks at on a page: the h1 text and every table's outer HTML, re-serialised by
/// AngleSharp (so entity spellings and attribute quoting do not count) with whitespace between tags removed.
/// </summary>
public sealed partial record PageTables(string Heading, IReadOnlyList<string> Tables)
{
    public static PageTables Read(string path)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(path));
        var heading = Spaces().Replace(document.QuerySelector("h1")?.TextContent ?? string.Empty, " ").Trim();
        var tables = document.QuerySelectorAll("table").Select(t => BetweenTags().Replace(t.OuterHtml, "><")).ToList();
        return new PageTables(heading, tables);
    }

    /// <summary>The first difference from <paramref name="other"/>, described briefly, or null when there is none.</summary>
    public string? FirstDifference(PageTables other)
    {
        if (Heading != other.Heading)
        {
            return $"h1: '{Heading}' vs '{other.Heading}'";
        }

        if (Tables.Count != other.Tables.Count)
        {
            return $"{Tables.Count} tables vs {other.Tables.Count}";
        }

        for (var i = 0; i < Tables.Count; i++)
        {
            var (a, b) = (Tables[i], other.Tables[i]);
            if (a == b)
            {
                continue;
            }

            var at = 0;
            while (at < a.Length && at < b.Length && a[at] == b[at])
            {
                at++;
            }

            var from = Math.Max(0, at - 60);
            return $"table {i + 1}, at character {at}:\n    ours: …{Excerpt(a, from)}…\n    hugo: …{Excerpt(b, from)}…";
        }

        return null;
    }

    private static string Excerpt(string text, int from) => from >= text.Length ? string.Empty : text.Substring(from, Math.Min(160, text.Length - from));

    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenTags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
