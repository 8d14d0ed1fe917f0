using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BudgetSiteGen.MarkdownSafety;

/// <summary>
/// Markdown from content, parsed by Markdig with raw HTML disabled (a tag typed in a data file is shown as
/// text) and with the position of every link kept. <see cref="Refused"/> lists the addresses that may not
/// become links or images, for validation to report where they are; <see cref="ToHtml"/> renders them as
/// their label in plain text. Both read the same syntax tree with the same rules, so what is reported is
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

    /// <summary>The text as HTML, every refused link or image written as its label (an image as its alternative text).</summary>
    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        // The tree is left as parsed: the renderers decide, link by link, with the same rules as Refused.
        renderer.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new SafeLinkRenderer());
        renderer.ObjectRenderers.ReplaceOrAdd<AutolinkInlineRenderer>(new SafeAutolinkRenderer());
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    internal static bool IsRefused(LinkInline link) =>
        link.IsImage ? !LinkAddress.IsLocalImage(link.Url ?? string.Empty) : !LinkAddress.IsFollowable(link.Url ?? string.Empty);

    // An e-mail autolink (<name@example.org>) is written as mailto: by the renderer, whatever its text.
    internal static bool IsRefused(AutolinkInline autolink) => !autolink.IsEmail && !LinkAddress.IsFollowable(autolink.Url);
}
