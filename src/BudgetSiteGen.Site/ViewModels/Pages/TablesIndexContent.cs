namespace BudgetSiteGen.ViewModels.Pages;

public sealed record TablesIndexContent(IReadOnlyList<LinkItem> Tables);
