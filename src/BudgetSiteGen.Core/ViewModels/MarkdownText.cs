using BudgetSiteGen.MarkdownSafety;

namespace BudgetSiteGen.ViewModels;

/// <summary>
/// Markdown from content as HTML for a page: raw HTML is shown as text, and a link or image whose address
/// could run script or reach another host is shown as its label (see <see cref="SafeMarkdown"/>).
/// </summary>
public static class MarkdownText
{
    public static string? ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? null : SafeMarkdown.ToHtml(markdown).Trim();
}
