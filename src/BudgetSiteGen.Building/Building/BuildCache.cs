using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BudgetSiteGen.Indexing;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Building;

/// <summary>
/// Makes rebuilds incremental. Each department is remembered under a key made of the bytes of its files,
/// the theme, the shared content files and this program (<see cref="BuildInputs"/>); a department whose key
/// is unchanged is not loaded or rendered again: its files stay in the output as they are, and its summary
/// comes from the cache. The search index is kept too, so that only the shards a rebuilt department's
/// documents are in are read and written again. When no key changed at all, the output is left as it is.
/// The previous output is trusted only if its manifest is the one the cache saw written.
/// </summary>
public sealed class BuildCache
{
    private const string StateFile = "build.json";
    private const string DepartmentsFolder = "departments";
    private const string SearchFolder = "search";
    private const string PendingFolder = ".budgetsitegen-cache-pending";
    private const string DocumentsSuffix = ".documents";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly string _folder;
    private readonly string _output;
    private readonly string _inputs;
    private readonly Dictionary<string, string> _keys;
    private readonly string _whole;
    private readonly bool _outputIsTrusted;
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);
    private readonly CacheState? _previous;

    public BuildCache(string folder, string contentFolder, BuildSetup setup, string outputFolder)
    {
        _folder = Path.GetFullPath(folder);
        _output = Path.GetFullPath(outputFolder);
        _inputs = setup.Inputs;
        var content = Path.GetFullPath(contentFolder);
        var keys = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.ForEach(setup.Units, unit => keys[unit.Key] = BuildInputs.Of(unit, setup.Inputs, content));
        _keys = new Dictionary<string, string>(keys, StringComparer.Ordinal);
        _whole = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            _inputs + "\n" + string.Join("\n", _keys.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Value)))));
        _previous = ReadState();
        _outputIsTrusted = _previous is { Manifest: not null } && _previous.Output == _output && _previous.Manifest == ManifestHash();
    }

    /// <summary>The output was built by this cache from exactly these inputs and has not been touched since.</summary>
    public bool IsUpToDate() => _outputIsTrusted && _previous!.Whole == _whole;

    /// <summary>The output is the one the cache last saw written, so a build may update it in place.</summary>
    public bool CanUpdate => _outputIsTrusted;

    /// <summary>The files of the output the cache last saw written, with their SHA-256.</summary>
    public WrittenFiles OutputFiles() => StagedOutput.ReadManifest(_output);

    /// <summary>Where this build's search index goes, and the previous one when it can be updated.</summary>
    public SearchIndexStore SearchStore(StagedOutput output)
    {
        var kept = new SearchIndexState(Path.Combine(_folder, SearchFolder));
        var usable = _outputIsTrusted && _previous!.Inputs == _inputs && kept.Exists;
        return new SearchIndexStore(
            usable ? kept : null,
            new SearchIndexState(output.PathOf(Path.Combine(PendingFolder, SearchFolder))),
            new SearchIndexState(output.PathOf(Path.Combine(PendingFolder, SearchFolder + "-update"))),
            Documents);
    }

    /// <summary>An unchanged department's part of the previous build, its files kept in the output; null when it must be built.</summary>
    public CachedDepartment? Reuse(DepartmentUnit unit, StagedOutput output)
    {
        var entry = Entry(_keys[unit.Key]);
        if (!_outputIsTrusted || !output.IsUpdate || !File.Exists(entry))
        {
            return null;
        }

        // Read as UTF-8, which the serializer reads natively: a portal's update reads thousands of these.
        var department = JsonSerializer.Deserialize<CachedDepartment>(File.ReadAllBytes(entry), Json);
        if (department?.Filters is null)
        {
            // Written by an older version of the cache: built again.
            return null;
        }

        foreach (var (path, _) in department.Files)
        {
            output.KeepPrevious(path);
        }

        return department;
    }

    /// <summary>
    /// Notes a department of this build. A newly built one is kept in the staging folder until
    /// <see cref="Keep"/>, so a failed build leaves no cache behind.
    /// </summary>
    public void Remember(DepartmentResult result, bool reused, StagedOutput output)
    {
        var key = _keys[result.Key];
        _used[key] = true;
        if (!reused)
        {
            File.WriteAllText(PendingEntry(output, key), JsonSerializer.Serialize(CachedDepartment.Of(result), Json));
            File.WriteAllText(PendingEntry(output, key + DocumentsSuffix), JsonSerializer.Serialize(result.Documents, Json));
        }
    }

    /// <summary>
    /// Moves what this build adds to the cache into it; called when the build has succeeded. The cache is
    /// marked unusable first, so that if the build is stopped before <see cref="Save"/> the next one starts afresh.
    /// </summary>
    public void Keep(StagedOutput output)
    {
        Directory.CreateDirectory(_folder);
        File.Delete(Path.Combine(_folder, StateFile));
        var pending = output.PathOf(PendingFolder);
        var departments = Path.Combine(_folder, DepartmentsFolder);
        Directory.CreateDirectory(departments);
        if (!Directory.Exists(pending))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(pending))
        {
            File.Move(file, Path.Combine(departments, Path.GetFileName(file)), overwrite: true);
        }

        var search = Path.Combine(_folder, SearchFolder);
        var full = new SearchIndexState(Path.Combine(pending, SearchFolder));
        var update = new SearchIndexState(Path.Combine(pending, SearchFolder + "-update"));
        if (full.Exists)
        {
            if (Directory.Exists(search))
            {
                Directory.Delete(search, recursive: true);
            }

            Directory.Move(full.Folder, search);
        }
        else if (update.Exists)
        {
            update.MoveInto(search);
        }

        Directory.Delete(pending, recursive: true);
    }

    /// <summary>Records the output just committed, and forgets departments that are no longer in the content.</summary>
    public void Save()
    {
        foreach (var stale in Directory.EnumerateFiles(Path.Combine(_folder, DepartmentsFolder)).Where(f => !_used.ContainsKey(KeyOfEntry(f))))
        {
            File.Delete(stale);
        }

        File.WriteAllText(Path.Combine(_folder, StateFile), JsonSerializer.Serialize(new CacheState(_output, _whole, ManifestHash(), _inputs)));
    }

    private IReadOnlyList<SearchDocument> Documents(string unitKey) =>
        JsonSerializer.Deserialize<List<SearchDocument>>(File.ReadAllBytes(Entry(_keys[unitKey] + DocumentsSuffix)), Json)!;

    private string Entry(string key) => Path.Combine(_folder, DepartmentsFolder, key + ".json");

    private static string PendingEntry(StagedOutput output, string key)
    {
        var path = output.PathOf(Path.Combine(PendingFolder, key + ".json"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private static string KeyOfEntry(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        return name.EndsWith(DocumentsSuffix, StringComparison.Ordinal) ? name[..^DocumentsSuffix.Length] : name;
    }

    private string? ManifestHash()
    {
        var manifest = Path.Combine(_output, StagedOutput.ManifestName);
        if (!File.Exists(manifest))
        {
            return null;
        }

        using var stream = File.OpenRead(manifest);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private CacheState? ReadState()
    {
        try
        {
            var file = Path.Combine(_folder, StateFile);
            return File.Exists(file) ? JsonSerializer.Deserialize<CacheState>(File.ReadAllText(file)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record CacheState(string Output, string Whole, string? Manifest, string? Inputs);
}
