namespace BudgetSiteGen.Checking;

/// <summary>
/// Whether a rule checked a report. A rule that did not run must say so, so that a layout the rules do not
/// understand shows up as unchecked rather than as clean.
/// </summary>
public enum RuleStatus
{
    /// <summary>The rule compared at least one pair of figures.</summary>
    Ran,

    /// <summary>The rule's identity does not hold for this report (a budget identity on final accounts) or it has nothing of the kind (no cards).</summary>
    NotApplicable,

    /// <summary>The rule applies, but the figures it needs are missing, unrecognised or unreadable.</summary>
    CouldNotRun,
}
