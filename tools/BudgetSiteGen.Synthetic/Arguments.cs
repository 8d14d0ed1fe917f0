using System.Globalization;

namespace BudgetSiteGen.Synthetic;

public sealed record Arguments(int Count, int Seed, string From, string Out, ContentFormat Format)
{
    public static Arguments? Parse(string[] args)
    {
        int? count = null;
        var seed = 1;
        var from = "content";
        string? output = null;
        var format = ContentFormat.Yaml;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--count": count = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--from": from = args[i + 1]; break;
                case "--out": output = args[i + 1]; break;
                case "--format" when args[i + 1] is "yaml" or "json": format = args[i + 1] == "json" ? ContentFormat.Json : ContentFormat.Yaml; break;
                default: return null;
            }
        }

        return count is > 0 && output is not null ? new Arguments(count.Value, seed, from, output, format) : null;
    }
}
