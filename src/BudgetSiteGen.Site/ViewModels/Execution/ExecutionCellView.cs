namespace BudgetSiteGen.ViewModels.Execution;

/// <summary>A figure of the 预算执行 page: the text shown, whether it is a blank, and words only a screen reader hears.</summary>
public sealed record ExecutionCellView(string Text, string CssClass, bool IsBlank, string? HiddenSuffix);
