namespace BudgetSiteGen.ViewModels;

public sealed record MenuItem(string Label, string Href, bool IsCurrent);
