using System.IO.Compression;

namespace BudgetSiteGen.Archiving;

/// <summary>
/// A bag kept as a zip of its folder, read in place, as <see cref="BagWriter.Zip"/> writes it: every entry
/// under one top folder. Entries that would land outside that folder, or that appear twice, are problems.
/// </summary>
public sealed class BagZip : IBagFiles
{
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];

    public BagZip(string zipPath)
    {
        _zip = ZipFile.OpenRead(zipPath);
        var files = _zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
        var tops = files.Select(e => e.FullName.Split('/')[0]).Distinct(StringComparer.Ordinal).ToList();
        if (tops.Count != 1)
        {
            _problems.Add($"the zip holds {tops.Count} top folders ({string.Join(", ", tops.Take(5))}); a bag's zip holds exactly one");
        }

        foreach (var entry in files)
        {
            var parts = entry.FullName.Split('/');
            if (parts.Length < 2 || entry.FullName.Contains('\\') || parts.Any(p => p is "" or "." or ".."))
            {
                _problems.Add($"the zip entry '{entry.FullName}' is not a plain path inside the bag's folder");
                continue;
            }

            var path = string.Join('/', parts[1..]);
            if (!_entries.TryAdd(path, entry))
            {
                _problems.Add($"the zip holds {path} twice");
            }
        }
    }

    public IReadOnlyCollection<string> Files => _entries.Keys;

    public IReadOnlyList<string> Problems => _problems;

    public long Length(string path) => _entries[path].Length;

    public Stream Open(string path) => _entries[path].Open();

    public void Dispose() => _zip.Dispose();
}
