using System.Text.RegularExpressions;

namespace BudgetSiteGen.SiteTests.Support;

/// <summary>Makes one known mistake in a content folder: the first amount of the first report becomes text.</summary>
public static partial class BrokenReport
{
    /// <summary>Breaks the first report file under reports/ and returns its path.</summary>
    public static string BreakFirstAmount(string contentFolder)
    {
        var file = Directory.EnumerateFiles(Path.Combine(contentFolder, "reports"), "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .First();
        var text = File.ReadAllText(file);
        var amount = FirstAmount().Match(text);
        Assert.True(amount.Success, $"{file} has no amount to break");

        // Quoted, so it is a string in YAML and JSON alike.
        File.WriteAllText(file, FirstAmount().Replace(text, "${head}\"not-a-number\"", 1));
        return file;
    }

    [GeneratedRegex(@"(?<head>""?values""?\s*:\s*\[\s*)-?[0-9][0-9.]*")]
    private static partial Regex FirstAmount();
}
