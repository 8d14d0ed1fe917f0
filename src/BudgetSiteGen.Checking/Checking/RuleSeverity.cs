namespace BudgetSiteGen.Checking;

/// <summary>
/// How much a failed rule matters. Published reports contain discrepancies and must still be published,
/// so no rule stops a build; <c>check --strict</c> fails on warnings.
/// </summary>
public enum RuleSeverity
{
    Warning,
    Notice,
}
