namespace BudgetSiteGen.ViewModels.Checks;

public sealed record ChecksSummaryRow(string Jurisdiction, string Department, string Year, string Href, string Discrepancies, string Roundings);
