namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>How much a text of a page counts in search: names (of rows, cards, terms) above running text.</summary>
public enum SearchWeight
{
    Name,
    Body,
}
