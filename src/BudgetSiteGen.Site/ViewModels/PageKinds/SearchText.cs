namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>One text a page gives the search index, with its weight.</summary>
public readonly record struct SearchText(string Text, SearchWeight Weight);
