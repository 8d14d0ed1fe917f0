using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BudgetSiteGen.Writing;

/// <summary>
/// The folders a build makes beside its output: the staging folder the new site is written to, and, while
/// swapping without an atomic exchange, the previous site set aside. Both are named
/// ".NAME.staging-PID-ID" or ".NAME.previous-PID-ID" and hold the <see cref="OutputMarker"/>. A build that
/// was killed leaves them behind; the next build into the same output removes them, and puts a set-aside
/// site back when the output itself is missing. Only a folder with such a name, the marker and no running
/// process of that id is touched, so nothing BudgetSiteGen did not create is ever deleted.
/// </summary>
public static class StagingFolders
{
    private const string Staging = "staging";
    private const string Previous = "previous";

    // Folders this process is using now: a serve rebuild must not take another's staging folder for stale.
    private static readonly ConcurrentDictionary<string, bool> InUse = new(StringComparer.Ordinal);

    public static string NewStaging(string target) => New(target, Staging);

    public static string NewPrevious(string target) => New(target, Previous);

    /// <summary>Removes what killed builds left beside <paramref name="output"/>; restores the set-aside site if the output is gone.</summary>
    public static void RemoveStale(string output)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(target);
        var pattern = new Regex("^" + Regex.Escape("." + name + ".") + $"(?<kind>{Staging}|{Previous})-(?<pid>[0-9]{{1,9}})-[0-9a-f]{{32}}$", RegexOptions.CultureInvariant);
        var stale = Directory.EnumerateDirectories(parent, "." + name + ".*")
            .Select(folder => (Folder: folder, Match: pattern.Match(Path.GetFileName(folder))))
            .Where(f => f.Match.Success && !InUse.ContainsKey(f.Folder) && !IsRunning(int.Parse(f.Match.Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture)) && OutputMarker.IsIn(f.Folder))
            .ToList();
        if (!Directory.Exists(target) && stale.Where(f => f.Match.Groups["kind"].Value == Previous).Select(f => f.Folder).Order(StringComparer.Ordinal).FirstOrDefault() is { } setAside)
        {
            Directory.Move(setAside, target);
            stale.RemoveAll(f => f.Folder == setAside);
        }

        foreach (var (folder, _) in stale)
        {
            Delete(folder);
        }
    }

    /// <summary>
    /// Deletes a folder this build made, its marker last, so that a build killed while deleting leaves a
    /// folder the next one still recognises.
    /// </summary>
    public static void Delete(string folder)
    {
        if (!Directory.Exists(folder))
        {
            InUse.TryRemove(folder, out _);
            return;
        }

        var marker = Path.Combine(folder, OutputMarker.FileName);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo directory)
            {
                directory.Delete(recursive: true);
            }
            else if (entry.FullName != marker)
            {
                entry.Delete();
            }
        }

        Directory.Delete(folder, recursive: true);
        InUse.TryRemove(folder, out _);
    }

    /// <summary>Forgets a folder this process made that is now the output, no longer beside it.</summary>
    public static void Release(string folder) => InUse.TryRemove(folder, out _);

    private static string New(string target, string kind)
    {
        var folder = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{kind}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        InUse[folder] = true;
        return folder;
    }

    private static bool IsRunning(int processId)
    {
        if (processId == Environment.ProcessId)
        {
            // Its own folders are in InUse; any other with its id was left by an earlier process that had it.
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
