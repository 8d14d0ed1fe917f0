namespace BudgetSiteGen.Checking;

/// <summary>
/// An amount of money written in a text: where it is, its value as printed and in 元, the words since the last
/// punctuation before it (<see cref="Label"/>), and whether it is a rate (每人500元, 3000元/户) or a change
/// (增加5万元) rather than an amount of its own. <see cref="Per"/> is what a rate is per (人, 户, 例 …) and
/// <see cref="Period"/> its time unit (年, 月, 天) when it names one.
/// </summary>
public sealed record TextAmount(int Start, int End, decimal Printed, int Decimals, string Unit, decimal Yuan, string Label, string? Per, string? Period, bool IsChange)
{
    public bool IsRate => Per is not null || Period is not null;

    /// <summary>An amount that stands for itself: neither a rate nor a change.</summary>
    public bool IsPlain => !IsRate && !IsChange;

    /// <summary>The last three characters of the label, which say what measure it is ("预算为", "决算为").</summary>
    public string LabelKey => Label.Length <= 3 ? Label : Label[^3..];
}
