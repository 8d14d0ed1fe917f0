namespace BudgetSiteGen.Importing;

/// <summary>A figure read from a cell and the decimals it is printed with, or why the cell is not a figure.</summary>
public sealed record AmountReading(decimal? Value, int Decimals, string? Problem);
