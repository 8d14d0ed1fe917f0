namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>国有资产: the structured counts and the printed text.</summary>
public sealed record AssetsContent(string? AsOf, IReadOnlyList<FactRow> Facts, IReadOnlyList<FactRow> VehiclesByUse, HtmlFragment? TextHtml)
{
    /// <summary>本年预算安排购置: vehicles and equipment a budget plans to buy.</summary>
    public IReadOnlyList<FactRow> Planned { get; init; } = [];

    /// <summary>The planned vehicles by use, in the categories printed.</summary>
    public IReadOnlyList<FactRow> PlannedByUse { get; init; } = [];
}
