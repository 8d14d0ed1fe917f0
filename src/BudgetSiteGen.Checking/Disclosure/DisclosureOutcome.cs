namespace BudgetSiteGen.Disclosure;

/// <summary>
/// What the checklist found for one item of one report. <see cref="Unknown"/> is never a pass: it says the data does not
/// let the item be judged (a date not given, a table whose figures cannot be read).
/// </summary>
public enum DisclosureOutcome
{
    Met,
    NotMet,
    Unknown,
    NotApplicable,
}
