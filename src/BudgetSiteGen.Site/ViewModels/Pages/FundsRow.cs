namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>One fund source with its amounts for the implementation period and for the year.</summary>
public sealed record FundsRow(string Source, string PeriodText, bool PeriodBlank, string YearText, bool YearBlank, bool IsTotal);
