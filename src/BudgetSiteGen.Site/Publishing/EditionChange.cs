namespace BudgetSiteGen.Publishing;

/// <summary>One figure or text that differs between two editions: where, and its old and new value as shown.</summary>
public sealed record EditionChange(string Where, string Old, string New);
