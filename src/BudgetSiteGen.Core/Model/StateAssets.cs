namespace BudgetSiteGen.Model;

/// <summary>国有资产占有使用情况: vehicles, office floor area and high-value equipment.</summary>
public sealed record StateAssets(DateOnly? AsOf, VehicleCounts? Vehicles, decimal? FloorAreaSquareMetres, EquipmentCounts? Equipment);
