namespace BudgetSiteGen.ViewModels.Charts;

public sealed record ChartItem(string Label, decimal Value);
