using BudgetSiteGen.ViewModels.Tables;

namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>One table on its own page, with links to the previous and next tables.</summary>
public sealed record TablePageContent(TableView Table, LinkItem? Previous, LinkItem? Next, LinkItem Index, LinkItem Download);
