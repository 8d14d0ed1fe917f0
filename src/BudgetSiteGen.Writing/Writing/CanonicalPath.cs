namespace BudgetSiteGen.Writing;

/// <summary>
/// The full path of a file or folder with every symbolic link along it resolved, so that two spellings of
/// the same folder ("content", "./site/../content", a link to it) compare equal. Parts that do not exist
/// yet are kept as written.
/// </summary>
public static class CanonicalPath
{
    // Links pointing at links; more than this is a loop (the limit Linux itself uses is 40).
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>Windows and macOS file systems ignore case by default; Linux's do not.</summary>
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.IsPathFullyQualified(path) ? path : Path.Combine(Environment.CurrentDirectory, path), ref links);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies anywhere inside it; both canonical.</summary>
    public static bool IsSameOrInside(string path, string folder) =>
        string.Equals(path, folder, Comparison) || path.StartsWith(WithSeparator(folder), Comparison);

    /// <summary>Whether <paramref name="path"/> lies inside <paramref name="folder"/> and is not the folder itself; both canonical.</summary>
    public static bool IsInside(string path, string folder) => path.StartsWith(WithSeparator(folder), Comparison);

    private static string WithSeparator(string folder) =>
        Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;

    /// <summary>
    /// Walks the path a part at a time as the system does: a link is replaced by its target before the next
    /// part is read, so "link/.." is the folder above the link's target, not the folder holding the link.
    /// </summary>
    private static string Resolve(string absolute, ref int links)
    {
        var root = Path.GetPathRoot(absolute)!;
        var resolved = root;
        foreach (var part in absolute[root.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var next = Path.Combine(resolved, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                resolved = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"too many symbolic links while resolving {absolute}");
            }

            resolved = Resolve(Path.IsPathFullyQualified(target) ? target : Path.Combine(resolved, target), ref links);
        }

        return resolved;
    }

    /// <summary>The target of a symbolic link as stored in it; null for anything that is not a link, or missing.</summary>
    private static string? LinkTarget(string path) => new FileInfo(path).LinkTarget;
}
