namespace BudgetSiteGen.Model;

/// <summary>Head counts from 概况. Each is null when the report does not state it.</summary>
public sealed record Staffing(int? Authorised, int? Active, int? Retired, IReadOnlyList<StaffingGroup> Breakdown);
