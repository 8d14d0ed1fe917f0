using AngleSharp.Dom;

namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// Every URL an HTML (or SVG) document makes the browser fetch or follow: the URL attributes, srcset
/// candidates, and url(…) in style attributes and style elements. Text is not read: an address shown
/// as plain text is information, not a request.
/// </summary>
public static class MarkupUrls
{
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "src", "href", "action", "poster", "data", "xlink:href",
    };

    public static IEnumerable<UrlReference> In(IDocument document)
    {
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name;
                if (UrlAttributes.Contains(name) || attribute.LocalName == "href")
                {
                    yield return new UrlReference($"<{element.LocalName} {name}>", attribute.Value.Trim());
                }
                else if (name.Equals("srcset", StringComparison.OrdinalIgnoreCase) || name.Equals("imagesrcset", StringComparison.OrdinalIgnoreCase))
                {
                    foreach (var candidate in SrcsetUrls(attribute.Value))
                    {
                        yield return new UrlReference($"<{element.LocalName} {name}>", candidate);
                    }
                }
                else if (name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    foreach (var reference in CssUrls.In(attribute.Value, $"<{element.LocalName} style>"))
                    {
                        yield return reference;
                    }
                }
            }

            if (element.LocalName == "style")
            {
                foreach (var reference in CssUrls.In(element.TextContent, "<style>"))
                {
                    yield return reference;
                }
            }
        }
    }

    /// <summary>The text of every script element that runs as JavaScript (JSON data blocks hold names, not requests).</summary>
    public static IEnumerable<string> ScriptTexts(IDocument document) =>
        document.QuerySelectorAll("script:not([src])")
            .Where(script => script.GetAttribute("type") is null or "" or "module" or "text/javascript" or "application/javascript")
            .Select(script => script.TextContent);

    private static IEnumerable<string> SrcsetUrls(string srcset) =>
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate => candidate.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0]);
}
