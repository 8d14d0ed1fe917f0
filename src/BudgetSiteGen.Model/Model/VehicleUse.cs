namespace BudgetSiteGen.Model;

/// <summary>
/// Vehicles of one use. <see cref="Key"/> is one of the format's fixed categories (leadership, confidential …) when
/// the file used them; <see cref="Label"/> is the category as printed, for provinces that print others.
/// </summary>
public sealed record VehicleUse(string? Key, string? Label, int Count);
