using System.Text.RegularExpressions;

namespace BudgetSiteGen.Validation;

/// <summary>
/// Names starting with 'x-' are types and roles this version does not know but accepts, so other
/// provinces' layouts load; anything else unknown is treated as a typo.
/// </summary>
public static partial class CustomName
{
    public static bool IsValid(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"\Ax-[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex Pattern();
}
