namespace BudgetSiteGen.ViewModels.Pages;

public sealed record OptionItem(string Value, string Label);
