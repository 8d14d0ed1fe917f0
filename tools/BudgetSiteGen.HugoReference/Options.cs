namespace BudgetSiteGen.HugoReference;

/// <summary>The command's "--name value" pairs; null when the arguments are not all such pairs.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public static Options? Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        var options = new Options();
        for (var i = 0; i < list.Count; i += 2)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= list.Count)
            {
                return null;
            }

            options._values[list[i][2..]] = list[i + 1];
        }

        return options;
    }
}
