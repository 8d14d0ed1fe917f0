namespace BudgetSiteGen.ViewModels.Checks;

/// <summary>A link from a figure to the finding about it on the 数据核对 page.</summary>
public sealed record Marker(string Href, string Text, string Label, bool IsRounding);
