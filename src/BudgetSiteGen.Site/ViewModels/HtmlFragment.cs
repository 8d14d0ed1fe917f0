namespace BudgetSiteGen.ViewModels;

/// <summary>
/// HTML that the build produced itself (Markdown rendered by <see cref="MarkdownText"/>, a page body, the theme's
/// own stylesheet), which a template writes as it is. Every other value a template writes is escaped, so a
/// string from content can never become markup; wrapping one in this type is the only way to say otherwise.
/// </summary>
public sealed record HtmlFragment(string Html)
{
    public override string ToString() => Html;
}
