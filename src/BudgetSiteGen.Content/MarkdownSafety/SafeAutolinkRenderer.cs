using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace BudgetSiteGen.MarkdownSafety;

/// <summary>Writes a refused autolink (&lt;javascript:…&gt;) as its text; any other as Markdig does.</summary>
public sealed class SafeAutolinkRenderer : AutolinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        if (SafeMarkdown.IsRefused(link))
        {
            renderer.WriteEscape(link.Url);
            return;
        }

        base.Write(renderer, link);
    }
}
