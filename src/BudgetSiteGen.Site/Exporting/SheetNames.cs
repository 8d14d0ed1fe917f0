namespace BudgetSiteGen.Exporting;

/// <summary>
/// Names Excel accepts for sheets: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an
/// apostrophe, and unique regardless of case (Excel refuses to open a workbook that breaks any of these).
/// </summary>
public static class SheetNames
{
    public const int MaxLength = 31;

    private const string Forbidden = ":\\/?*[]";

    public static IReadOnlyList<string> Unique(IEnumerable<string> wanted)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var name in wanted.Select(Clean))
        {
            var candidate = Shorten(name, MaxLength);
            for (var n = 2; !taken.Add(candidate); n++)
            {
                var suffix = $" ({n})";
                candidate = Shorten(name, MaxLength - suffix.Length) + suffix;
            }

            names.Add(candidate);
        }

        return names;
    }

    private static string Clean(string name)
    {
        var cleaned = new string(name.Select(c => Forbidden.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim().Trim('\'').Trim();
        return cleaned.Length == 0 ? "_" : cleaned;
    }

    /// <summary>Cuts to a length without splitting a character that needs two UTF-16 units.</summary>
    private static string Shorten(string name, int length)
    {
        if (name.Length <= length)
        {
            return name;
        }

        var cut = char.IsHighSurrogate(name[length - 1]) ? length - 1 : length;
        return name[..cut].TrimEnd();
    }
}
