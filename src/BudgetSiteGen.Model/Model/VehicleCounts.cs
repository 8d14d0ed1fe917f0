namespace BudgetSiteGen.Model;

/// <summary>Vehicles: the establishment (编制数), those held (实有), and the split by use in the order printed.</summary>
public sealed record VehicleCounts(int? Establishment, int? Actual, IReadOnlyList<VehicleUse> ByUse);
