namespace BudgetSiteGen.Checking;

/// <summary>What a percentage after a narrative amount says.</summary>
public enum PercentKind
{
    None,

    /// <summary>占P%: the amount's share of the paragraph's first amount (or the named whole).</summary>
    Share,

    /// <summary>增长/下降P%: the change against last year's figure.</summary>
    Change,

    /// <summary>完成预算的P%: the actual against the budget stated before it.</summary>
    Execution,
}
