namespace BudgetSiteGen.Loading;

/// <summary>
/// Where a path really leads once every symbolic link in it is followed, like realpath(3), so that a link can be
/// refused when it leads out of the folder it is in. .NET resolves only the last part of a path, and a link to a
/// folder can sit anywhere along it.
/// </summary>
public static class RealPaths
{
    // The limit Linux sets on links followed in one path (ELOOP).
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>The real path; null when a link cannot be followed (a loop, or one the system refuses to read).</summary>
    public static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(full[root.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var resolved = root;
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var next = Path.Join(resolved, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }

            if (target is null)
            {
                resolved = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                resolved = Path.GetPathRoot(Path.GetFullPath(target))!;
            }

            foreach (var step in target[(Path.GetPathRoot(target)?.Length ?? 0)..].Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(step);
            }
        }

        return resolved;
    }

    /// <summary>Whether <paramref name="realPath"/> is <paramref name="realFolder"/> or inside it (both already resolved).</summary>
    public static bool IsInside(string realPath, string realFolder)
    {
        var folder = realFolder.TrimEnd(Separators);
        return realPath == folder || realPath.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || folder.Length == 0;
    }

    /// <summary>Whether the entry itself is a symbolic link.</summary>
    public static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
