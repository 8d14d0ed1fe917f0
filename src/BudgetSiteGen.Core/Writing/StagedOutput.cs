using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace BudgetSiteGen.Writing;

/// <summary>
/// Writes a site into a fresh folder beside the real output and swaps it into place only when the
/// build has succeeded, so a failed build never leaves a half-written site and the previous one stays.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _target;
    private readonly string _staging;
    public const string ManifestName = "manifest-sha256.txt";

    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);

    // Folders already made, so that writing each of a site's many files costs no extra system call.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private long _bytes;
    private int _files;
    private bool _committed;

    public StagedOutput(string target)
    {
        _target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_target)!;
        Directory.CreateDirectory(parent);
        _staging = Path.Combine(parent, $".{Path.GetFileName(_target)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_staging);
    }

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The SHA-256 (hex) of a file already written, for listings such as datapackage.json.</summary>
    public string? HashOf(string relativePath) => _hashes.GetValueOrDefault(relativePath);

    public long SizeOf(string relativePath) => new FileInfo(Path.Combine(_staging, relativePath)).Length;

    public int Files => _files;

    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    public void WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(_staging, relativePath);
        MakeFolderOf(path);
        File.WriteAllBytes(path, content);
        _hashes[relativePath.Replace('\\', '/')] = Convert.ToHexStringLower(SHA256.HashData(content));
        Interlocked.Add(ref _bytes, content.Length);
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

    /// <summary>Where a file not part of the site lives in the staged folder until the build ends.</summary>
    public string PathOf(string relativePath) => Path.Combine(_staging, relativePath);

    /// <summary>Creates a file in the staged folder that is not part of the site (not in the manifest), such as a shard's part.</summary>
    public FileStream Create(string relativePath)
    {
        var path = Path.Combine(_staging, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return File.Create(path);
    }

    /// <summary>Takes a file already built elsewhere (a shard, or an unchanged page of the previous build) whose SHA-256 is known.</summary>
    public void Adopt(string relativePath, string source, string sha256)
    {
        var path = Path.Combine(_staging, relativePath);
        MakeFolderOf(path);
        FileLinks.LinkOrCopy(source, path);
        _hashes[relativePath.Replace('\\', '/')] = sha256;
        Interlocked.Add(ref _bytes, new FileInfo(path).Length);
        Interlocked.Increment(ref _files);
    }

    /// <summary>
    /// Writes manifest-sha256.txt: the SHA-256 of every file of the site, one "hash  path" line each in
    /// ordinal path order (the BagIt manifest format), so anyone can verify a snapshot years later.
    /// </summary>
    public void WriteManifest()
    {
        var lines = _hashes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value}  {p.Key}\n");
        WriteText(ManifestName, string.Concat(lines));
    }

    /// <summary>Replaces the target folder with the staged one. The old site is removed only after the new one is in place.</summary>
    public void Commit()
    {
        var retired = _target + $".previous-{Guid.NewGuid():N}";
        var hadPrevious = Directory.Exists(_target);
        if (hadPrevious)
        {
            Directory.Move(_target, retired);
        }

        try
        {
            Directory.Move(_staging, _target);
        }
        catch
        {
            if (hadPrevious)
            {
                Directory.Move(retired, _target);
            }

            throw;
        }

        _committed = true;
        if (hadPrevious)
        {
            Directory.Delete(retired, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }
}
