namespace BudgetSiteGen.Indexing;

/// <summary>A piece of a page's text with how much a match in it counts.</summary>
public readonly record struct SearchField(string Text, int Weight);
