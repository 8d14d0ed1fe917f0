namespace BudgetSiteGen.ViewModels.Pages;

public sealed record GlossaryEntry(string Id, string Term, string DefinitionHtml);
