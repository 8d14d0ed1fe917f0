namespace BudgetSiteGen.ViewModels.Pages;

public sealed record NotFoundContent(string HomeHref);
