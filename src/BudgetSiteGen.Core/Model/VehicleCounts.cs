namespace BudgetSiteGen.Model;

public sealed record VehicleCounts(int? Establishment, int? Actual, IReadOnlyDictionary<string, int> ByUse);
