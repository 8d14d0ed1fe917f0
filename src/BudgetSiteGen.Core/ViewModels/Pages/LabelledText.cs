namespace BudgetSiteGen.ViewModels.Pages;

public sealed record LabelledText(string Label, string Html);
