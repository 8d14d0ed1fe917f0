using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>One arithmetic identity of a published report, with a stable code documented in docs/checks.md.</summary>
public abstract class AuditRule
{
    public abstract string Code { get; }

    /// <summary>One line saying what the rule checks.</summary>
    public abstract string Description { get; }

    public virtual RuleSeverity Severity => RuleSeverity.Warning;

    public abstract IEnumerable<Finding> Check(DepartmentYear year);
}
