using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BudgetSiteGen.MarkdownSafety;

/// <summary>
/// Markdown from content, parsed by Markdig with raw HTML disabled (a tag typed in a data file is shown as
/// text) and with the position of every link kept. <see cref="Refused"/> lists the addresses that may not
/// become links or images, for validation to report where they are; <see cref="ToHtml"/> renders them as
/// their label in plain text. Both walk the same syntax tree with the same rules, so what is reported is
/// exactly what is neutralised, and a page stays safe even when its text was never validated.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePreciseSourceLocation().Build();

    /// <summary>The refused addresses of a text, in the order they appear.</summary>
    public static IReadOnlyList<RefusedAddress> Refused(string markdown)
    {
        var refused = new List<RefusedAddress>();
        foreach (var node in Markdown.Parse(markdown, Pipeline).Descendants())
        {
            var found = node switch
            {
                LinkReferenceDefinition definition when !LinkAddress.IsFollowable(definition.Url ?? string.Empty) =>
                    new RefusedAddress(AddressUse.LinkDefinition, definition.Url ?? string.Empty, definition.Line + 1, definition.Column + 1),
                LinkInline link when IsRefused(link) =>
                    // A reference link takes its address from a definition, which is reported instead, once.
                    link.IsImage || link.Reference is null
                        ? new RefusedAddress(link.IsImage ? AddressUse.Image : AddressUse.Link, link.Url ?? string.Empty, link.Line + 1, link.Column + 1)
                        : null,
                AutolinkInline autolink when IsRefused(autolink) =>
                    new RefusedAddress(AddressUse.Link, autolink.Url, autolink.Line + 1, autolink.Column + 1),
                _ => null,
            };
            if (found is not null)
            {
                refused.Add(found);
            }
        }

        return refused.OrderBy(r => r.Line).ThenBy(r => r.Column).ToList();
    }

    /// <summary>The text as HTML, every refused link or image reduced to its label (an image to its alternative text).</summary>
    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(IsRefused).ToList())
        {
            Unwrap(link);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().Where(IsRefused).ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }

        return Markdown.ToHtml(document, Pipeline);
    }

    private static bool IsRefused(LinkInline link) =>
        link.IsImage ? !LinkAddress.IsLocalImage(link.Url ?? string.Empty) : !LinkAddress.IsFollowable(link.Url ?? string.Empty);

    // An e-mail autolink (<name@example.org>) is written as mailto: by the renderer, whatever its text.
    private static bool IsRefused(AutolinkInline autolink) => !autolink.IsEmail && !LinkAddress.IsFollowable(autolink.Url);

    /// <summary>Moves the link's label to where the link was and drops the link, so the label reads as plain text.</summary>
    private static void Unwrap(LinkInline link)
    {
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }
}
