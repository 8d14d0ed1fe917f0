namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>A headline figure on the overview, linked to the table it is read from.</summary>
public sealed record KeyFigure(string Label, string ValueText, string Unit, string SourceHref, string SourceLabel);
