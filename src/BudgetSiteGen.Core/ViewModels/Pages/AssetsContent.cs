namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>国有资产: the structured counts and the printed text.</summary>
public sealed record AssetsContent(string? AsOf, IReadOnlyList<FactRow> Facts, IReadOnlyList<FactRow> VehiclesByUse, string? TextHtml);
