using System.Runtime.InteropServices;

namespace BudgetSiteGen.Loading;

/// <summary>
/// Tells a regular file from a FIFO, a device or a socket without opening it: opening a FIFO for reading waits
/// for a writer forever, and a device such as /dev/zero never ends. .NET reports no file type, so on Linux the
/// type comes from statx(2), whose buffer has the same layout on every architecture.
/// </summary>
public static class FileKinds
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint WantTypeAndSize = 0x1 | 0x200; // STATX_TYPE | STATX_SIZE
    private const int NoSuchFile = 2; // ENOENT
    private const int NotAFolder = 20; // ENOTDIR

    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>The kind of file at <paramref name="path"/> (symbolic links followed) and its size when it is a regular file.</summary>
    public static (FileKind Kind, long Size) Of(string path)
    {
        if (!_unavailable)
        {
            try
            {
                var buffer = default(StatxBuffer);
                if (Statx(CurrentFolder, path, 0, WantTypeAndSize, ref buffer) == 0)
                {
                    return (KindOf(buffer.Mode), (long)buffer.Size);
                }

                var error = Marshal.GetLastPInvokeError();
                return error is NoSuchFile or NotAFolder ? (FileKind.Missing, 0) : (FileKind.Unknown, 0);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // A C library without statx (older than glibc 2.28): fall back to what .NET can tell.
                _unavailable = true;
            }
        }

        if (Directory.Exists(path))
        {
            return (FileKind.Directory, 0);
        }

        return File.Exists(path) ? (FileKind.Unknown, new FileInfo(path).Length) : (FileKind.Missing, 0);
    }

    /// <summary>How a kind of file is named in a message.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a folder",
        _ => "not a regular file",
    };

    private static FileKind KindOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref StatxBuffer buffer);

    /// <summary>struct statx: 256 bytes, stx_mode at byte 28, stx_size at byte 40.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(40)]
        public ulong Size;
    }
}
