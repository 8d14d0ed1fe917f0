using System.Text.RegularExpressions;

namespace BudgetSiteGen.Disclosure;

/// <summary>
/// The words by which a section of 情况说明 compares a figure and gives a reason. Reports phrase these freely, so the
/// checklist looks for the words every report uses rather than for a sentence pattern; docs/disclosure.md lists them.
/// </summary>
public static partial class NarrativeWording
{
    /// <summary>The text states how a figure compares with last year or with the budget, whether or not it moved.</summary>
    public static bool StatesComparison(string text) => Comparison().IsMatch(text);

    /// <summary>The text says a figure moved (rather than stayed the same), so a reason is owed.</summary>
    public static bool StatesMovement(string text) => Movement().IsMatch(text);

    public static bool GivesReason(string text) => Reason().IsMatch(text);

    /// <summary>A final account setting its 决算数 against the budget (年初预算, 预算数).</summary>
    public static bool ComparesWithBudget(string text) => text.Contains("决算", StringComparison.Ordinal) && BudgetFigure().IsMatch(text);

    /// <summary>The department states it has nothing of the kind (无政府采购, 未安排政府采购 …).</summary>
    public static bool StatesNone(string text, string what) =>
        text.Contains("无" + what, StringComparison.Ordinal) || text.Contains("未安排" + what, StringComparison.Ordinal)
        || text.Contains("没有" + what, StringComparison.Ordinal);

    [GeneratedRegex("增加|减少|增长|下降|上升|降低|持平|相同|一致|不变|无变化|大于|小于|高于|低于|超出")]
    private static partial Regex Comparison();

    [GeneratedRegex("增加|减少|增长|下降|上升|降低|大于|小于|高于|低于|超出")]
    private static partial Regex Movement();

    [GeneratedRegex("原因|主要是|由于|因为|主要用于")]
    private static partial Regex Reason();

    [GeneratedRegex("年初预算|预算数|预算为|调整预算|全年预算")]
    private static partial Regex BudgetFigure();
}
