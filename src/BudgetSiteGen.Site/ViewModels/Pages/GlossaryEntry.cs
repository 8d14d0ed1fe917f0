namespace BudgetSiteGen.ViewModels.Pages;

public sealed record GlossaryEntry(string Id, string Term, HtmlFragment DefinitionHtml);
