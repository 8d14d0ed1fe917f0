namespace BudgetSiteGen.Checking;

/// <summary>
/// A discrepancy is a real disagreement between printed figures; a rounding difference is one that
/// rounding each figure to its printed precision can explain, reported separately so it is not
/// mistaken for an error.
/// </summary>
public enum FindingKind
{
    Discrepancy,
    Rounding,
}
