namespace BudgetSiteGen.Writing;

/// <summary>
/// The paths of a site's files as numbers: each folder is its parent folder's number and its own name's,
/// and each file its folder's number and its name's. A portal's million files lie in some hundreds of
/// thousands of folders whose names repeat (a year, "tables", a table's number), so a path costs a few
/// bytes instead of a string of its own. Safe to use from several threads.
/// </summary>
public sealed class PathTable
{
    /// <summary>The site's root folder.</summary>
    public const int Root = 0;

    private readonly Lock _gate = new();
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _nameIds = new(StringComparer.Ordinal);
    private readonly List<long> _folders = [Pair(-1, -1)];
    private readonly Dictionary<long, int> _folderIds = [];

    /// <summary>How many folders, the root included; folders are numbered from 0 (the root) up.</summary>
    public int FolderCount
    {
        get
        {
            lock (_gate)
            {
                return _folders.Count;
            }
        }
    }

    /// <summary>The path's number, adding its folders and name if they are new.</summary>
    public long Add(string path) => Number(path, add: true)!.Value;

    /// <summary>The path's number, or null when no path added so far has its folder and name.</summary>
    public long? Find(string path) => Number(path, add: false);

    /// <summary>The path a number stands for.</summary>
    public string PathOf(long file)
    {
        lock (_gate)
        {
            var name = _names[Low(file)];
            var folder = High(file);
            return folder == Root ? name : FolderPathOf(folder) + name;
        }
    }

    /// <summary>The folder's path from the root, with a slash at the end ("" for the root).</summary>
    public string FolderPathOf(int folder)
    {
        lock (_gate)
        {
            var names = new Stack<string>();
            for (var at = folder; at != Root; at = High(_folders[at]))
            {
                names.Push(_names[Low(_folders[at])]);
            }

            return names.Count == 0 ? string.Empty : string.Join('/', names) + "/";
        }
    }

    /// <summary>The folder a file or folder number is in.</summary>
    public static int FolderOf(long number) => High(number);

    /// <summary>The name of a file number, or of a folder as <see cref="Folder"/> gives it.</summary>
    public string NameOf(long number)
    {
        lock (_gate)
        {
            return _names[Low(number)];
        }
    }

    /// <summary>A folder as its parent's number and its name's, like a file's.</summary>
    public long Folder(int folder)
    {
        lock (_gate)
        {
            return _folders[folder];
        }
    }

    private long? Number(string path, bool add)
    {
        lock (_gate)
        {
            var names = _nameIds.GetAlternateLookup<ReadOnlySpan<char>>();
            var folder = Root;
            var rest = path.AsSpan();
            for (var slash = rest.IndexOf('/'); slash >= 0; slash = rest.IndexOf('/'))
            {
                if (Name(names, rest[..slash], add) is not { } name)
                {
                    return null;
                }

                var key = Pair(folder, name);
                if (!_folderIds.TryGetValue(key, out var next))
                {
                    if (!add)
                    {
                        return null;
                    }

                    next = _folders.Count;
                    _folders.Add(key);
                    _folderIds.Add(key, next);
                }

                folder = next;
                rest = rest[(slash + 1)..];
            }

            return Name(names, rest, add) is { } last ? Pair(folder, last) : null;
        }
    }

    private int? Name(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> names, ReadOnlySpan<char> name, bool add)
    {
        if (names.TryGetValue(name, out var id))
        {
            return id;
        }

        if (!add)
        {
            return null;
        }

        id = _names.Count;
        var text = name.ToString();
        _names.Add(text);
        _nameIds.Add(text, id);
        return id;
    }

    private static long Pair(int high, int low) => ((long)high << 32) | (uint)low;

    private static int High(long pair) => (int)(pair >> 32);

    private static int Low(long pair) => (int)pair;
}
