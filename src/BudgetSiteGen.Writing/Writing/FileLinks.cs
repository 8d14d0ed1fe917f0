using System.Runtime.InteropServices;

namespace BudgetSiteGen.Writing;

/// <summary>
/// Puts an existing file at a new path without copying its bytes when the file system allows (a hard link),
/// so merging shards and reusing unchanged pages cost a directory entry, not a copy. Falls back to a copy.
/// </summary>
public static class FileLinks
{
    public static void LinkOrCopy(string source, string destination)
    {
        if (!OperatingSystem.IsWindows() && Link(source, destination) == 0)
        {
            return;
        }

        File.Copy(source, destination, overwrite: true);
    }

    [DllImport("libc", EntryPoint = "link")]
    private static extern int Link(string existing, string created);
}
