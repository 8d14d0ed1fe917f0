using BudgetSiteGen.Checking;

namespace BudgetSiteGen.ViewModels.Checks;

/// <summary>How many rules ran on a report, did not apply, or could not run: what the site-wide checks page lists per report.</summary>
public sealed record CoverageCounts(int Ran, int NotApplicable, int CouldNotRun)
{
    public static readonly CoverageCounts None = new(0, 0, 0);

    public static CoverageCounts Of(AuditReport audit) => new(audit.RulesRan, audit.RulesNotApplicable, audit.RulesCouldNotRun);
}
