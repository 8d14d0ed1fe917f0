namespace BudgetSiteGen.SiteTests.Support;

/// <summary>Lists an output folder's files the way the site addresses them: '/'-separated, relative to the root.</summary>
public static class SiteFiles
{
    public static IReadOnlyList<string> WithExtension(string root, string extension) =>
        Directory.EnumerateFiles(root, "*" + extension, SearchOption.AllDirectories)
            .Where(path => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
