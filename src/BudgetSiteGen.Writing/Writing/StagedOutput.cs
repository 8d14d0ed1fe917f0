using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace BudgetSiteGen.Writing;

/// <summary>
/// Writes a site into a fresh folder beside the real output and swaps it into place only when the
/// build has succeeded, so a failed build never leaves a half-written site and the previous one stays.
/// On Linux the swap is one atomic exchange, so the output is at every instant the whole previous site or
/// the whole new one (see <see cref="FolderExchange"/>). An update (<see cref="Updating"/>) stages only the
/// files whose bytes differ from the previous build's manifest and, on success, moves those into the output
/// and deletes the files the site no longer has; that is not atomic, and the build cache makes the next
/// build a full one if it is interrupted.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _target;
    private readonly string _staging;
    /// <summary>The manifest the writer keeps at the output's root; the site links it (SitePaths.Manifest, held equal by a test).</summary>
    public const string ManifestName = "manifest-sha256.txt";

    private readonly WrittenFiles _hashes = new();

    // Folders already made, so that writing each of a site's many files costs no extra system call.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly WrittenFiles? _previous;
    private long _bytes;
    private int _files;
    private int _written;
    private bool _committed;

    public StagedOutput(string target)
    {
        _target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        Directory.CreateDirectory(Path.GetDirectoryName(_target)!);
        _staging = StagingFolders.NewStaging(_target);
        Directory.CreateDirectory(_staging);
        OutputMarker.Write(_staging);
    }

    private StagedOutput(string target, WrittenFiles previous) : this(target) => _previous = previous;

    /// <summary>Updates an output whose files are exactly those of <paramref name="previous"/> (path → SHA-256, from its manifest).</summary>
    public static StagedOutput Updating(string target, WrittenFiles previous) => new(target, previous);

    public bool IsUpdate => _previous is not null;

    /// <summary>Files whose bytes were written this build (in an update, those that changed or are new).</summary>
    public int Written => _written;

    /// <summary>Files of the previous site that an update deleted.</summary>
    public int Removed { get; private set; }

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The SHA-256 (hex) of a file already written, for listings such as datapackage.json.</summary>
    public string? HashOf(string relative) => _hashes.TryGet(Prefix + relative, out var hash) ? hash.ToString() : null;

    public long SizeOf(string relative)
    {
        var relativePath = Prefix + relative;
        var staged = Path.Combine(_staging, relativePath);
        return new FileInfo(File.Exists(staged) ? staged : Path.Combine(_target, relativePath)).Length;
    }

    public int Files => _files;

    /// <summary>
    /// A folder every path given from now on is under ("en/" while the English pages are written), so one pass of the
    /// build writes a language's pages with the same relative paths as the root language's.
    /// </summary>
    public string Prefix { get; set; } = string.Empty;

    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    public void WriteBytes(string relative, byte[] content)
    {
        var relativePath = Prefix + relative;
        var key = relativePath.Replace('\\', '/');
        var hash = Sha256Digest.Of(content);
        _hashes.Set(key, hash);
        Interlocked.Add(ref _bytes, content.Length);
        Interlocked.Increment(ref _files);
        if (_previous is not null && _previous.TryGet(key, out var before) && before == hash)
        {
            return;
        }

        var path = Path.Combine(_staging, relativePath);
        MakeFolderOf(path);
        WriteNew(path, content);
        Interlocked.Increment(ref _written);
    }

    /// <summary>
    /// Writes a file into the staged folder, where it is new. Created rather than opened with truncation (as
    /// File.WriteAllBytes does): ext4 writes a truncated file out to disk as it is closed, which made every page
    /// wait for the disk.
    /// </summary>
    private static void WriteNew(string path, byte[] content)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Written before in this build: the last bytes win, as they do in the manifest.
            File.WriteAllBytes(path, content);
            return;
        }

        using (handle)
        {
            RandomAccess.Write(handle, content, 0);
        }
    }

    /// <summary>
    /// Writes a file too large to hold whole (datapackage.json, the manifest at a portal's size) by streaming it
    /// into the staged folder; it is hashed from disk afterwards. In an update it is dropped again when its bytes
    /// are those of the previous site.
    /// </summary>
    public void WriteStreamed(string relative, Action<Stream> write)
    {
        var relativePath = Prefix + relative;
        var key = relativePath.Replace('\\', '/');
        var path = Path.Combine(_staging, relativePath);
        MakeFolderOf(path);
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            write(file);
        }

        Sha256Digest hash;
        long length;
        using (var file = File.OpenRead(path))
        {
            hash = Sha256Digest.Of(file);
            length = file.Length;
        }

        _hashes.Set(key, hash);
        Interlocked.Add(ref _bytes, length);
        Interlocked.Increment(ref _files);
        if (_previous is not null && _previous.TryGet(key, out var before) && before == hash)
        {
            File.Delete(path);
            return;
        }

        Interlocked.Increment(ref _written);
    }

    /// <summary>In an update, keeps a file of the previous site as it is, without producing it again.</summary>
    public void KeepPrevious(string relative)
    {
        var relativePath = Prefix + relative;
        var key = relativePath.Replace('\\', '/');
        if (_previous is null || !_previous.TryGet(key, out var hash))
        {
            throw new InvalidOperationException($"{key} is not a file of the previous site.");
        }

        _hashes.Set(key, hash);
        Interlocked.Increment(ref _files);
    }

    private void MakeFolderOf(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, true);
        }
    }

    /// <summary>In an update, the text of a file of the previous site (the output as it still is).</summary>
    public string ReadPrevious(string relative) => File.ReadAllText(Path.Combine(_target, Prefix + relative));

    /// <summary>Where a file not part of the site lives in the staged folder until the build ends.</summary>
    public string PathOf(string relative) => Path.Combine(_staging, Prefix + relative);

    /// <summary>Creates a file in the staged folder that is not part of the site (not in the manifest), such as a shard's part.</summary>
    public FileStream Create(string relative)
    {
        var relativePath = Prefix + relative;
        var path = Path.Combine(_staging, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return File.Create(path);
    }

    /// <summary>Takes a file already built elsewhere (by a shard) whose SHA-256 is known: a hard link where the file system allows.</summary>
    public void Adopt(string relative, string source, string sha256)
    {
        var relativePath = Prefix + relative;
        var path = Path.Combine(_staging, relativePath);
        MakeFolderOf(path);
        FileLinks.LinkOrCopy(source, path);
        _hashes.Set(relativePath.Replace('\\', '/'), Sha256Digest.Parse(sha256) ?? throw new ArgumentException($"not a SHA-256: {sha256}", nameof(sha256)));
        Interlocked.Add(ref _bytes, new FileInfo(path).Length);
        Interlocked.Increment(ref _files);
    }

    /// <summary>
    /// Writes manifest-sha256.txt: the SHA-256 of every file of the site, one "hash  path" line each in
    /// ordinal path order (the BagIt manifest format), so anyone can verify a snapshot years later.
    /// </summary>
    public void WriteManifest()
    {
        var files = _hashes.Sorted();
        WriteStreamed(ManifestName, stream =>
        {
            using var text = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true);
            foreach (var (path, hash) in files)
            {
                text.Write(hash.ToString());
                text.Write("  ");
                text.Write(path);
                text.Write('\n');
            }
        });
    }

    /// <summary>
    /// Replaces the target folder with the staged one: in one atomic exchange where the system has it, else
    /// by setting the old site aside and moving the new one in. The old site is deleted only after the new one is in place.
    /// </summary>
    public void Commit()
    {
        if (_previous is not null)
        {
            Apply(_previous);
            return;
        }

        if (!Directory.Exists(_target))
        {
            Directory.Move(_staging, _target);
            _committed = true;
            StagingFolders.Release(_staging);
            return;
        }

        // The old site, once swapped out, must be recognisable as ours to be cleaned up if this process dies.
        if (!OutputMarker.IsIn(_target))
        {
            OutputMarker.Write(_target);
        }

        if (FolderExchange.TryExchange(_staging, _target))
        {
            // The staging folder's name now holds the old site.
            _committed = true;
            StagingFolders.Delete(_staging);
            return;
        }

        var previous = StagingFolders.NewPrevious(_target);
        Directory.Move(_target, previous);
        try
        {
            Directory.Move(_staging, _target);
        }
        catch
        {
            Directory.Move(previous, _target);
            throw;
        }

        _committed = true;
        StagingFolders.Release(_staging);
        StagingFolders.Delete(previous);
    }

    /// <summary>An update's end: the staged files replace theirs, and files the site no longer has are deleted.</summary>
    private void Apply(WrittenFiles previous)
    {
        var made = new HashSet<string>(StringComparer.Ordinal);
        var marker = Path.Combine(_staging, OutputMarker.FileName);
        foreach (var file in Directory.EnumerateFiles(_staging, "*", SearchOption.AllDirectories).Where(f => f != marker))
        {
            var destination = Path.Combine(_target, Path.GetRelativePath(_staging, file));
            var folder = Path.GetDirectoryName(destination)!;
            if (made.Add(folder))
            {
                Directory.CreateDirectory(folder);
            }

            File.Move(file, destination, overwrite: true);
        }

        var emptied = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var gone in previous.PathsNotIn(_hashes))
        {
            var path = Path.Combine(_target, gone);
            File.Delete(path);
            emptied.Add(Path.GetDirectoryName(path)!);
            Removed++;
        }

        // Deepest first, so a folder emptied by removing its last subfolder goes too.
        foreach (var folder in emptied.Reverse())
        {
            for (var dir = folder; dir.Length > _target.Length && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any(); dir = Path.GetDirectoryName(dir)!)
            {
                Directory.Delete(dir);
            }
        }

        if (!OutputMarker.IsIn(_target))
        {
            OutputMarker.Write(_target);
        }

        _committed = true;
        StagingFolders.Delete(_staging);
    }

    /// <summary>
    /// The files of a site as its manifest lists them, with their SHA-256; empty when it has none. A line whose hash
    /// is not 64 hex digits keeps its path with a digest no file has, so the file counts as changed.
    /// </summary>
    public static WrittenFiles ReadManifest(string folder)
    {
        var files = new WrittenFiles();
        var manifest = Path.Combine(folder, ManifestName);
        if (File.Exists(manifest))
        {
            foreach (var line in File.ReadLines(manifest))
            {
                var split = line.IndexOf("  ", StringComparison.Ordinal);
                if (split > 0)
                {
                    files.Set(line[(split + 2)..], Sha256Digest.Parse(line[..split]) ?? default);
                }
            }
        }

        return files;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            StagingFolders.Delete(_staging);
        }
    }
}
