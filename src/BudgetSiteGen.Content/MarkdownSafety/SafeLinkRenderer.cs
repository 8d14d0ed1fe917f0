using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace BudgetSiteGen.MarkdownSafety;

/// <summary>Writes a refused link as its label and a refused image as its alternative text; any other as Markdig does.</summary>
public sealed class SafeLinkRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (SafeMarkdown.IsRefused(link))
        {
            renderer.WriteChildren(link);
            return;
        }

        base.Write(renderer, link);
    }
}
