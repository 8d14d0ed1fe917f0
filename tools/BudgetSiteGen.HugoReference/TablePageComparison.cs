using System.Collections.Concurrent;
using System.Globalization;

namespace BudgetSiteGen.HugoReference;

/// <summary>
/// Compares every table page (*/tables/N.html) of BudgetSiteGen's site with Hugo's page at the same path.
/// A page missing on either side counts as a difference.
/// </summary>
public static class TablePageComparison
{
    private const int Shown = 5;

    public static int Run(string ours, string hugo)
    {
        var ourPages = TablePaths(ours);
        var hugoPages = TablePaths(hugo);
        var differences = new ConcurrentBag<(string Path, string What)>();
        foreach (var path in hugoPages.Except(ourPages))
        {
            differences.Add((path, "only in Hugo's site"));
        }

        var compared = 0;
        Parallel.ForEach(ourPages, path =>
        {
            if (!hugoPages.Contains(path))
            {
                differences.Add((path, "missing from Hugo's site"));
                return;
            }

            Interlocked.Increment(ref compared);
            if (PageTables.Read(Path.Combine(ours, path)).FirstDifference(PageTables.Read(Path.Combine(hugo, path))) is { } what)
            {
                differences.Add((path, what));
            }
        });

        var identical = ourPages.Count + hugoPages.Except(ourPages).Count() - differences.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{compared} pages compared, {identical} identical"));
        foreach (var (path, what) in differences.OrderBy(d => d.Path, StringComparer.Ordinal).Take(Shown))
        {
            Console.WriteLine($"  {path}: {what}");
        }

        return differences.IsEmpty && ourPages.Count > 0 ? 0 : 1;
    }

    /// <summary>Site-relative paths of the table pages; the list of tables (tables/index.html) is not one.</summary>
    private static HashSet<string> TablePaths(string site) =>
        Directory.Exists(site)
            ? Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
                .Where(p => Path.GetFileName(Path.GetDirectoryName(p)) == "tables" && Path.GetFileNameWithoutExtension(p).All(char.IsAsciiDigit))
                .Select(p => Path.GetRelativePath(site, p).Replace('\\', '/'))
                .ToHashSet(StringComparer.Ordinal)
            : [];
}
