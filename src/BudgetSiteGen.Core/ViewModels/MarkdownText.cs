using Markdig;

namespace BudgetSiteGen.ViewModels;

/// <summary>
/// Markdown from content becomes HTML through Markdig with raw HTML disabled: a tag typed in a data file
/// is shown as text, never passed through to the page.
/// </summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string? ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? null : Markdown.ToHtml(markdown, Pipeline).Trim();
}
