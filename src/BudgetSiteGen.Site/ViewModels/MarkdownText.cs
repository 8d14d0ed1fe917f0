using BudgetSiteGen.MarkdownSafety;

namespace BudgetSiteGen.ViewModels;

/// <summary>
/// Markdown from content as HTML for a page: raw HTML is shown as text, and a link or image whose address
/// could run script or reach another host is shown as its label (see <see cref="SafeMarkdown"/>).
/// </summary>
public static class MarkdownText
{
    public static HtmlFragment? ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? null : new HtmlFragment(SafeMarkdown.ToHtml(markdown).Trim());
}
