namespace BudgetSiteGen.Model;

public sealed record StaffingGroup(string Label, int Count, string? Note);
