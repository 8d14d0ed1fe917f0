namespace BudgetSiteGen.Checking;

/// <summary>
/// An amount stated in narrative text: the words right before it (<see cref="Label"/>), the amount in
/// 万元, and a share ("占90.40%") or year-on-year change ("比上年增加59.63万元，增长3.41%") after it.
/// </summary>
public sealed record NarrativeMention(
    string Label,
    decimal Amount,
    string AmountText,
    bool IsChange,
    int ChangeSign,
    decimal? Percent,
    int PercentDecimals,
    int Paragraph,
    int Clause);
