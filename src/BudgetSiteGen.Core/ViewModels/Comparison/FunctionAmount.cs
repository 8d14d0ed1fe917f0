namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>An expenditure classification code's name and total in one department-year's table 3.</summary>
public sealed record FunctionAmount(string Name, decimal? Amount);
