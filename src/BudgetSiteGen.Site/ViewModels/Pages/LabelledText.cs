namespace BudgetSiteGen.ViewModels.Pages;

public sealed record LabelledText(string Label, HtmlFragment Html);
