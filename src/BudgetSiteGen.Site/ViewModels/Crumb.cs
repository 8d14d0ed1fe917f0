namespace BudgetSiteGen.ViewModels;

/// <summary>One step of a breadcrumb trail; <see cref="Href"/> is null for the current page.</summary>
public sealed record Crumb(string Label, string? Href);
