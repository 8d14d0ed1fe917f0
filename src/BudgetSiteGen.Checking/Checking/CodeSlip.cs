using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>Says when two codes of one name differ as a mistyped code does (one or two digits, or two neighbours swapped).</summary>
public static class CodeSlip
{
    public static Phrase Describe(string printed, string usual)
    {
        if (printed.Length != usual.Length)
        {
            return Phrase.Data(string.Empty);
        }

        var differing = Enumerable.Range(0, printed.Length).Count(i => printed[i] != usual[i]);
        return differing is 1 or 2 ? Phrase.Of("audit_code_slip", ("printed", printed), ("usual", usual), ("count", differing)) : Phrase.Data(string.Empty);
    }
}
