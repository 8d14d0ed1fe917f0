namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>
/// A headline figure on the overview, linked to the table it is read from. <see cref="IsAmount"/> is false for a
/// figure shown as blank or unreadable (one of a pair), which takes no unit.
/// </summary>
public sealed record KeyFigure(string Label, string ValueText, string Unit, string SourceHref, string SourceLabel)
{
    public bool IsAmount { get; init; } = true;
}
