namespace BudgetSiteGen.ViewModels.Charts;

public sealed record GroupedBar(int Y, int Width, int ValueX, string ValueText, string CssClass);
