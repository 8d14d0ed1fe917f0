using System.Text.RegularExpressions;

namespace BudgetSiteGen.Formatting;

/// <summary>
/// Printed item names carry ordinals ("八、社会保障和就业支出", "1. 一般公共预算资金", "（一）因公出国（境）费", "①公务用车购置费");
/// text, charts and header matching name them without.
/// </summary>
public static partial class PrintedName
{
    public static string WithoutOrdinal(string name)
    {
        var match = Ordinal().Match(name);
        return match.Success && match.Length < name.Length ? name[match.Length..] : name;
    }

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十百]{1,4}、|[0-9]{1,3}[.．、]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[①②③④⑤⑥⑦⑧⑨⑩])\s*")]
    private static partial Regex Ordinal();
}
