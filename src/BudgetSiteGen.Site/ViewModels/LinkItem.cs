namespace BudgetSiteGen.ViewModels;

/// <summary>A link with an optional note beside it (an amount, a count, "本表无数据").</summary>
public sealed record LinkItem(string Label, string Href, string? Note = null);
