namespace BudgetSiteGen.Writing;

/// <summary>
/// The SHA-256 of every file of the site, kept until the manifest is written. A portal has a million files, so
/// each is kept as its path's number in a <see cref="PathTable"/> and its digest: about 70 bytes a file, and no
/// string of its own. The files are spread over shards, each with its own lock, so that writers on every core
/// seldom wait for each other and a shard that grows copies only its own small table.
/// </summary>
public sealed class WrittenFiles
{
    private const int ShardCount = 16;

    private readonly PathTable _paths = new();
    private readonly Dictionary<long, Sha256Digest>[] _shards = Enumerable.Range(0, ShardCount).Select(_ => new Dictionary<long, Sha256Digest>()).ToArray();

    public int Count => _shards.Sum(shard =>
    {
        lock (shard)
        {
            return shard.Count;
        }
    });

    public void Set(string path, Sha256Digest hash)
    {
        var file = _paths.Add(path);
        var shard = ShardOf(file);
        lock (shard)
        {
            shard[file] = hash;
        }
    }

    public bool TryGet(string path, out Sha256Digest hash)
    {
        hash = default;
        return _paths.Find(path) is { } file && TryGet(file, out hash);
    }

    public bool Contains(string path) => TryGet(path, out _);

    /// <summary>The paths that <paramref name="other"/> does not have, in no particular order.</summary>
    public IEnumerable<string> PathsNotIn(WrittenFiles other) =>
        Numbers().Select(_paths.PathOf).Where(path => !other.Contains(path));

    /// <summary>
    /// Every file in ordinal order of its path (the manifest's order), each path made only as it is read. The
    /// folders are walked from the root, each folder's files by name and its folders by name and slash in one
    /// ordinal order: a name has no slash, so that is the order of the whole paths.
    /// </summary>
    public IEnumerable<(string Path, Sha256Digest Hash)> Sorted()
    {
        var numbers = Numbers();
        var folders = _paths.FolderCount;
        var files = Grouped(numbers, folders, PathTable.FolderOf);
        var subfolders = Grouped(Enumerable.Range(1, folders - 1).Select(f => (long)f).ToArray(), folders, f => PathTable.FolderOf(_paths.Folder((int)f)));
        var pending = new Stack<(long File, int Folder, string Prefix)>();
        Expand(PathTable.Root, string.Empty);
        while (pending.Count > 0)
        {
            var (file, folder, prefix) = pending.Pop();
            if (folder >= 0)
            {
                Expand(folder, prefix);
            }
            else if (TryGet(file, out var hash))
            {
                yield return (prefix + _paths.NameOf(file), hash);
            }
        }

        void Expand(int folder, string prefix)
        {
            var children = new List<(string Key, long File, int Folder)>();
            children.AddRange(files.Of(folder).Select(file => (_paths.NameOf(file), file, -1)));
            children.AddRange(subfolders.Of(folder).Select(sub => (_paths.NameOf(_paths.Folder((int)sub)) + "/", 0L, (int)sub)));
            children.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            for (var i = children.Count - 1; i >= 0; i--)
            {
                var (key, file, sub) = children[i];
                pending.Push(sub >= 0 ? (0L, sub, prefix + key) : (file, -1, prefix));
            }
        }
    }

    private bool TryGet(long file, out Sha256Digest hash)
    {
        var shard = ShardOf(file);
        lock (shard)
        {
            return shard.TryGetValue(file, out hash);
        }
    }

    private long[] Numbers()
    {
        var numbers = new List<long>();
        foreach (var shard in _shards)
        {
            lock (shard)
            {
                numbers.AddRange(shard.Keys);
            }
        }

        return [.. numbers];
    }

    private Dictionary<long, Sha256Digest> ShardOf(long file) => _shards[(int)((ulong)file * 0x9E3779B97F4A7C15UL >> 60)];

    /// <summary>Numbers grouped by the folder each is in, by counting: two arrays, however many there are.</summary>
    private static FolderGroups Grouped(long[] numbers, int folders, Func<long, int> folderOf)
    {
        var start = new int[folders + 1];
        foreach (var number in numbers)
        {
            start[folderOf(number) + 1]++;
        }

        for (var i = 1; i <= folders; i++)
        {
            start[i] += start[i - 1];
        }

        var grouped = new long[numbers.Length];
        var next = start[..^1];
        foreach (var number in numbers)
        {
            grouped[next[folderOf(number)]++] = number;
        }

        return new FolderGroups(grouped, start);
    }
}
