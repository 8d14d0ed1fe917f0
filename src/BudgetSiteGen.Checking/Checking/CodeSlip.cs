namespace BudgetSiteGen.Checking;

/// <summary>Says when two codes of one name differ as a mistyped code does (one or two digits, or two neighbours swapped).</summary>
public static class CodeSlip
{
    public static string Describe(string printed, string usual)
    {
        if (printed.Length != usual.Length)
        {
            return string.Empty;
        }

        var differing = Enumerable.Range(0, printed.Length).Count(i => printed[i] != usual[i]);
        return differing is 1 or 2 ? $"可能是录入错误：{printed} 与 {usual} 只有 {differing} 位数字不同。" : string.Empty;
    }
}
