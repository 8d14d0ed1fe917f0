using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Loading;

/// <summary>
/// Lists the files under a folder as content is read: a symbolic link is followed only when it leads somewhere
/// inside the folder's root (the content folder, or one layer of a theme), so a link cannot publish a file from
/// elsewhere on the machine; a folder that cannot be listed is reported, and the rest is still listed.
/// </summary>
public sealed class ContainedFiles
{
    private readonly string _realRoot;
    private readonly string _rootName;
    private readonly Func<string, bool> _wanted;
    private readonly Action<string, FileProblem> _refuse;
    private readonly Func<string, IEnumerable<FileSystemInfo>> _listFolder;
    // The real folders being walked, from the top down: a link back to one of them is a loop, not more files.
    private readonly HashSet<string> _walking = new(StringComparer.Ordinal);

    /// <param name="root">The folder no link may lead out of.</param>
    /// <param name="rootName">How the root is named in messages, such as "the content folder".</param>
    /// <param name="wanted">Which file paths are listed; links with other names are not looked at.</param>
    /// <param name="refuse">Told of every link refused and every folder that cannot be listed.</param>
    /// <param name="listFolder">Lists one folder; replaced in tests to make a folder unreadable.</param>
    public ContainedFiles(string root, string rootName, Func<string, bool> wanted, Action<string, FileProblem> refuse, Func<string, IEnumerable<FileSystemInfo>>? listFolder = null)
    {
        _realRoot = RealPaths.Resolve(root) ?? Path.GetFullPath(root);
        _rootName = rootName;
        _wanted = wanted;
        _refuse = refuse;
        _listFolder = listFolder ?? (folder => new DirectoryInfo(folder).EnumerateFileSystemInfos());
    }

    /// <summary>Every wanted file under <paramref name="folder"/> (itself under the root), in ordinal order of path.</summary>
    public List<string> List(string folder)
    {
        var files = new List<string>();
        var real = Follow(Path.GetFullPath(folder), isFolder: true);
        if (real is not null && Directory.Exists(real))
        {
            Walk(Path.GetFullPath(folder), real, files);
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Where a path under the root really leads, or null (after telling why, when it matters) if it leads out of
    /// the root or cannot be followed.
    /// </summary>
    public string? Follow(string path, bool isFolder)
    {
        var real = RealPaths.Resolve(path);
        if (real is null)
        {
            if (isFolder || _wanted(path))
            {
                _refuse(path, new FileProblem(DiagnosticCodes.UnreadableFile,
                    "this symbolic link cannot be followed (it leads round in a loop, or through a folder that cannot be read).", "a link to a file inside " + _rootName));
            }

            return null;
        }

        if (RealPaths.IsInside(real, _realRoot))
        {
            return real;
        }

        if (isFolder || Directory.Exists(real) || _wanted(path))
        {
            _refuse(path, new FileProblem(DiagnosticCodes.LinkLeavesFolder,
                $"this is a symbolic link to a place outside {_rootName}; it is not followed.",
                $"a file inside {_rootName} (copy the file in, or link only within {_rootName})"));
        }

        return null;
    }

    private void Walk(string folder, string realFolder, List<string> files)
    {
        if (!_walking.Add(realFolder))
        {
            return;
        }

        try
        {
            WalkEntries(folder, realFolder, files);
        }
        finally
        {
            _walking.Remove(realFolder);
        }
    }

    private void WalkEntries(string folder, string realFolder, List<string> files)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = _listFolder(folder).OrderBy(entry => entry.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            _refuse(folder, new FileProblem(DiagnosticCodes.UnreadableFile,
                e is UnauthorizedAccessException ? "this folder cannot be read: permission denied." : $"this folder cannot be read: {e.Message}",
                "a folder the build may read"));
            return;
        }

        foreach (var entry in entries)
        {
            var path = Path.Join(folder, entry.Name);
            var isFolder = entry.Attributes.HasFlag(FileAttributes.Directory);
            if (!entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                if (isFolder)
                {
                    Walk(path, Path.Join(realFolder, entry.Name), files);
                }
                else if (_wanted(path))
                {
                    files.Add(path);
                }

                continue;
            }

            if (Follow(path, isFolder) is not { } real)
            {
                continue;
            }

            if (Directory.Exists(real))
            {
                Walk(path, real, files);
            }
            else if (_wanted(path))
            {
                files.Add(path);
            }
        }
    }
}
