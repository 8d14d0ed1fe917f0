namespace BudgetSiteGen.ViewModels.SetAside;

/// <summary>
/// A file in the staging folder that holds what a build sets aside until the end: made when first written,
/// deleted on <see cref="Dispose"/>, which must come before the site is published. A failed build removes it
/// with the staging folder.
/// </summary>
public sealed class ScratchFile(string path) : IDisposable
{
    private FileStream? _file;

    /// <summary>Writes the bytes at the end of the file, made (with its folder) the first time; returns where they start.</summary>
    public long Append(ReadOnlySpan<byte> bytes)
    {
        _file ??= Open();
        var offset = _file.Length;
        if (_file.Position != offset)
        {
            // Only after a read: seeking flushes what is buffered, so appends in a row do not.
            _file.Position = offset;
        }

        _file.Write(bytes);
        return offset;
    }

    /// <summary>The bytes <see cref="Append"/> wrote at <paramref name="offset"/>.</summary>
    public byte[] Read(long offset, int length)
    {
        ObjectDisposedException.ThrowIf(_file is null, this);
        var bytes = new byte[length];
        _file.Flush();
        _file.Position = offset;
        _file.ReadExactly(bytes);
        return bytes;
    }

    public void Dispose()
    {
        if (_file is not null)
        {
            _file.Dispose();
            _file = null;
            File.Delete(path);
        }
    }

    private FileStream Open()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
    }
}
