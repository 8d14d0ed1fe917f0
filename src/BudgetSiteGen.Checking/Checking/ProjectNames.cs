namespace BudgetSiteGen.Checking;

/// <summary>Project names as the card rules compare them: without spaces and with one kind of bracket, as printing varies.</summary>
public static class ProjectNames
{
    public static string Comparable(string name) =>
        name.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("（", "(", StringComparison.Ordinal).Replace("）", ")", StringComparison.Ordinal);
}
