using System.Text;

namespace BudgetSiteGen.Rendering;

/// <summary>
/// Escapes text for HTML, in element content and in quoted attribute values alike: the five characters that
/// can end either or start markup. Every other character, Chinese text and · included, is written as it is,
/// so pages stay as small and as readable in their source as the text they hold.
/// </summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
