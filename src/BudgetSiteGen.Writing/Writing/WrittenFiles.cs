using System.Collections.Concurrent;

namespace BudgetSiteGen.Writing;

/// <summary>
/// The SHA-256 of every file of the site, kept until the manifest is written. A portal has a million files
/// whose paths share a few thousand folders and a few dozen names, so each path is kept as its folder and its
/// name, both shared: about 80 bytes a file instead of 200.
/// </summary>
public sealed class WrittenFiles
{
    private readonly ConcurrentDictionary<string, string> _parts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<FileKey, Sha256Digest> _files = new();

    public int Count => _files.Count;

    public void Set(string path, Sha256Digest hash) => _files[Key(path)] = hash;

    public bool TryGet(string path, out Sha256Digest hash) => _files.TryGetValue(Key(path), out hash);

    public bool Contains(string path) => _files.ContainsKey(Key(path));

    /// <summary>The paths that <paramref name="other"/> does not have, in no particular order.</summary>
    public IEnumerable<string> PathsNotIn(WrittenFiles other) =>
        _files.Keys.Where(key => !other._files.ContainsKey(key)).Select(key => key.Path);

    /// <summary>Every file in ordinal order of its path (the manifest's order), each path made only as it is read.</summary>
    public IEnumerable<(string Path, Sha256Digest Hash)> Sorted()
    {
        var files = _files.ToArray();
        Array.Sort(files, (a, b) => FileKey.Compare(a.Key, b.Key));
        foreach (var (key, hash) in files)
        {
            yield return (key.Path, hash);
        }
    }

    private FileKey Key(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0
            ? new FileKey(string.Empty, Shared(path))
            : new FileKey(Shared(path[..slash]), Shared(path[(slash + 1)..]));
    }

    private string Shared(string part) => _parts.GetOrAdd(part, part);

    /// <summary>A path as its folder (empty at the root) and its name.</summary>
    private readonly record struct FileKey(string Folder, string Name)
    {
        public string Path => Folder.Length == 0 ? Name : Folder + "/" + Name;

        private int Length => Folder.Length == 0 ? Name.Length : Folder.Length + 1 + Name.Length;

        /// <summary>Ordinal comparison of the two whole paths, without making them.</summary>
        public static int Compare(FileKey a, FileKey b)
        {
            if (ReferenceEquals(a.Folder, b.Folder))
            {
                return string.CompareOrdinal(a.Name, b.Name);
            }

            var length = Math.Min(a.Length, b.Length);
            for (var i = 0; i < length; i++)
            {
                var difference = a.At(i) - b.At(i);
                if (difference != 0)
                {
                    return difference;
                }
            }

            return a.Length - b.Length;
        }

        private char At(int i) =>
            Folder.Length == 0 ? Name[i] : i < Folder.Length ? Folder[i] : i == Folder.Length ? '/' : Name[i - Folder.Length - 1];
    }
}
