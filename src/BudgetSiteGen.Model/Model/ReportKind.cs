namespace BudgetSiteGen.Model;

public enum ReportKind
{
    Budget,
    FinalAccounts,
}
