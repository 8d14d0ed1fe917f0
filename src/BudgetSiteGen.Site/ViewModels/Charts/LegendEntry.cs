namespace BudgetSiteGen.ViewModels.Charts;

public sealed record LegendEntry(string Label, string CssClass);
