namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>A label and its value, for description lists (staffing, vehicles, card facts).</summary>
public sealed record FactRow(string Label, string Value);
