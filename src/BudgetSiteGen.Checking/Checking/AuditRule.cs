using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>One arithmetic identity of a published report, with a stable code documented in docs/checks.md.</summary>
public abstract class AuditRule
{
    public abstract string Code { get; }

    /// <summary>One line saying what the rule checks: the theme's string "rule_" + its code.</summary>
    public Phrase Description => Phrase.Of("rule_" + Code.ToLowerInvariant());

    public virtual RuleSeverity Severity => RuleSeverity.Warning;

    /// <summary>Why the rule found nothing to compare in a report that has nothing of its kind.</summary>
    protected virtual Phrase NothingToCheck => Phrase.Of("audit_nothing_to_check");

    /// <summary>The report kinds the identity holds for; a final-accounts report is not held to a budget identity.</summary>
    protected virtual IReadOnlySet<ReportKind> Kinds => AllKinds;

    private static readonly IReadOnlySet<ReportKind> AllKinds = new HashSet<ReportKind> { ReportKind.Budget, ReportKind.FinalAccounts };

    /// <summary>Checks one report and says what was checked.</summary>
    public RuleResult Run(DepartmentYear year)
    {
        var run = new RuleRun();
        if (!Kinds.Contains(year.Report.Kind))
        {
            run.NotApplicable(Phrase.Of(year.Report.Kind == ReportKind.FinalAccounts ? "audit_budget_identity" : "audit_final_accounts_identity"));
            return new RuleResult([], run.Coverage(Code, NothingToCheck));
        }

        var findings = Check(year, run).ToList();
        return new RuleResult(findings, run.Coverage(Code, NothingToCheck));
    }

    /// <summary>The findings alone, for callers that do not need the coverage.</summary>
    public IReadOnlyList<Finding> Check(DepartmentYear year) => Run(year).Findings;

    protected abstract IEnumerable<Finding> Check(DepartmentYear year, RuleRun run);
}
