namespace BudgetSiteGen.ViewModels.Pages;

public sealed record FixRow(string Location, string Printed, string Recorded, string Reason);
