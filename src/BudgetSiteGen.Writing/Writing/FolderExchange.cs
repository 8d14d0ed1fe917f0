using System.Runtime.InteropServices;

namespace BudgetSiteGen.Writing;

/// <summary>
/// Swaps two folders in one atomic step where the system can: Linux's renameat2 with RENAME_EXCHANGE, so
/// that anyone reading the output sees the old site or the new one, never neither. Elsewhere (Windows,
/// macOS, file systems without the call) it reports that it could not, and the caller renames twice.
/// </summary>
public static class FolderExchange
{
    private const int AtCurrentFolder = -100;
    private const uint RenameExchange = 2;

    // What renameat2 answers when the kernel or the file system cannot exchange: not a failure of the build.
    private const int InvalidArgument = 22;
    private const int NotImplemented = 38;
    private const int NotSupported = 95;

    /// <summary>Exchanges the two existing folders; false when this system cannot do it atomically.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        int result;
        try
        {
            result = RenameAt2(AtCurrentFolder, first, AtCurrentFolder, second, RenameExchange);
        }
        catch (EntryPointNotFoundException)
        {
            // A C library older than glibc 2.28, or one without the call.
            return false;
        }

        if (result == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        if (error is InvalidArgument or NotImplemented or NotSupported)
        {
            return false;
        }

        throw new IOException($"{first} and {second} could not be exchanged: {Marshal.GetPInvokeErrorMessage(error)}");
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int fromFolder, string from, int toFolder, string to, uint flags);
}
