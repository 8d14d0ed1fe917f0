namespace BudgetSiteGen.Model;

/// <summary>国有资产占有使用情况: vehicles, office floor area, high-value equipment, and what a budget plans to buy.</summary>
public sealed record StateAssets(DateOnly? AsOf, VehicleCounts? Vehicles, decimal? FloorAreaSquareMetres, EquipmentCounts? Equipment)
{
    public PlannedPurchases? Planned { get; init; }
}
