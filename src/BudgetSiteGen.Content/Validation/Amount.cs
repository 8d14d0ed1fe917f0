namespace BudgetSiteGen.Validation;

/// <summary>The result of reading an amount: its value (null for a blank) and whether it was readable.</summary>
public readonly record struct Amount(decimal? Value, bool IsValid);
