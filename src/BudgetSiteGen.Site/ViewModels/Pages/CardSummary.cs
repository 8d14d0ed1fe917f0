namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>A card as listed in the index: its name, link and year funds.</summary>
public sealed record CardSummary(string Name, string Href, string? YearFundsText, string? Attribute);
