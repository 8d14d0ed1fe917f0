using System.Globalization;
using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Loading;

/// <summary>
/// Reads a file's bytes in bounded time and memory whatever the path names: a FIFO, a device or a socket is
/// refused without being opened, and reading stops one byte past the limit however large the file says it is
/// (a file can grow while it is read, and /proc files report a size of 0).
/// </summary>
public static class BoundedFile
{
    private const int Chunk = 64 * 1024;

    /// <summary>The bytes, or why they were not read.</summary>
    public static (byte[]? Bytes, FileProblem? Problem) Read(string path, long limit)
    {
        var (kind, size) = FileKinds.Of(path);
        switch (kind)
        {
            case FileKind.Missing:
                return (null, new FileProblem(DiagnosticCodes.UnreadableFile, "the file cannot be read: it no longer exists.", "a readable file"));
            case FileKind.Fifo or FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Socket or FileKind.Directory:
                return (null, new FileProblem(DiagnosticCodes.NotARegularFile,
                    $"this is {FileKinds.Describe(kind)}, not a regular file; it is not read.", "a regular file of YAML or JSON"));
            case FileKind.Unknown when size == 0:
                // Where the kind cannot be told, a FIFO or a device reports a size of 0 like an empty file: do not open it.
                return ([], null);
        }

        if (size > limit)
        {
            return (null, TooLarge(limit, size));
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            using var memory = new MemoryStream((int)Math.Min(size + 1, limit + 1));
            var buffer = new byte[Chunk];
            while (memory.Length <= limit)
            {
                var read = stream.Read(buffer, 0, (int)Math.Min(Chunk, limit + 1 - memory.Length));
                if (read == 0)
                {
                    return (memory.ToArray(), null);
                }

                memory.Write(buffer, 0, read);
            }

            return (null, TooLarge(limit, null));
        }
        catch (IOException ex)
        {
            return (null, new FileProblem(DiagnosticCodes.UnreadableFile, $"the file cannot be read: {ex.Message}", "a readable file"));
        }
        catch (UnauthorizedAccessException)
        {
            return (null, new FileProblem(DiagnosticCodes.UnreadableFile, "the file cannot be read: permission denied.", "a file the build may read"));
        }
    }

    private static FileProblem TooLarge(long limit, long? size)
    {
        var megabytes = (limit / 1024 / 1024).ToString(CultureInfo.InvariantCulture);
        var what = size is { } known
            ? string.Create(CultureInfo.InvariantCulture, $"the file is {known / 1024 / 1024.0m:0.0} MB, larger than the {megabytes} MB a content file may be.")
            : $"the file is larger than the {megabytes} MB a content file may be.";
        return new FileProblem(DiagnosticCodes.FileTooLarge, what, "one department-year per file, well under the limit");
    }
}
