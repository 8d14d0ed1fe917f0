namespace BudgetSiteGen.Model;

public sealed record FormStaffing(int? Authorised, int? Active, int? OnEstablishment, int? Other);
