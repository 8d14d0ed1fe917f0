namespace BudgetSiteGen.ViewModels.Pages;

public sealed record IndicatorTable(string Id, string Caption, IReadOnlyList<IndicatorRow> Rows);
