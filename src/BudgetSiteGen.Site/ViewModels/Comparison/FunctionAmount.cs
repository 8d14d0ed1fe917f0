namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>An expenditure classification code's name and total in one department-year's expenditure summary.</summary>
public sealed record FunctionAmount(string Name, PrintedAmount Amount);
