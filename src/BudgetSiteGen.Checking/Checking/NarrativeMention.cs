using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// An amount stated in narrative text: the words right before it (<see cref="Label"/>), the amount and its unit, and
/// a percentage after it — a share ("占90.40%"), a year-on-year change ("比上年增加59.63万元，增长3.41%") or an
/// execution rate ("完成年初预算的98.20%"). <see cref="Clause"/> and <see cref="Before"/> give the text that came
/// before it, which names the figure when the label alone does not ("…行政运行（项）。…支出决算为1511.89万元").
/// </summary>
public sealed record NarrativeMention(
    string Label,
    decimal Amount,
    string AmountText,
    MoneyUnit Unit,
    bool IsChange,
    int ChangeSign,
    decimal? Percent,
    int PercentDecimals,
    PercentKind PercentKind,
    int Paragraph,
    int Clause)
{
    /// <summary>The clause's text before the amount, label included.</summary>
    public string ClauseBefore { get; init; } = string.Empty;

    /// <summary>The paragraph's text before the amount.</summary>
    public string Before { get; init; } = string.Empty;

    public string UnitSymbol => Unit.Symbol();

    /// <summary>Half a unit of the last printed digit: how far the stated figure may be from the exact one by rounding.</summary>
    public decimal HalfStep => Tolerance.HalfStep(NarrativeLocations.Decimals(AmountText));
}
