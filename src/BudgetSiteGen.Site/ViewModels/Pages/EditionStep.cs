namespace BudgetSiteGen.ViewModels.Pages;

public sealed record EditionStep(string Title, IReadOnlyList<EditionChangeView> Changes);
