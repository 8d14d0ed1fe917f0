namespace BudgetSiteGen.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}
