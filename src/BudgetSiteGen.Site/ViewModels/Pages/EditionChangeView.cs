namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>One change between two editions as the editions page shows it: where, and the old and new value.</summary>
public sealed record EditionChangeView(string Where, string Old, string New);
