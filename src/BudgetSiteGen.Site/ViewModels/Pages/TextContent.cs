namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>A page that is one piece of Markdown text, such as 其他说明.</summary>
public sealed record TextContent(HtmlFragment? BodyHtml);
