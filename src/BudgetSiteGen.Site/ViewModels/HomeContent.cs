namespace BudgetSiteGen.ViewModels;

/// <summary>The home page: jurisdictions as a tree, each with its departments and their years.</summary>
public sealed record HomeContent(string? Description, IReadOnlyList<JurisdictionNode> Jurisdictions, int DepartmentYearCount, string ChecksHref)
{
    public IReadOnlyList<LinkItem> Comparisons { get; init; } = [];
}
