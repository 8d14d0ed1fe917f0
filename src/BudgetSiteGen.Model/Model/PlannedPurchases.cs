namespace BudgetSiteGen.Model;

/// <summary>What the budget plans to buy (本年预算安排购置): vehicles by use and high-value equipment.</summary>
public sealed record PlannedPurchases(int? Vehicles, IReadOnlyList<VehicleUse> VehiclesByUse, EquipmentCounts? Equipment);
