using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Building;

/// <summary>
/// Makes rebuilds incremental. Each department is remembered under a key made of the bytes of its files,
/// the theme, the shared content files and this program (<see cref="BuildInputs"/>); a department whose key
/// is unchanged is not loaded or rendered again: its files are taken from the previous output (hard links)
/// and its summary and search documents from the cache. When no key changed at all, the output is left as it is.
/// The previous output is trusted only if its manifest is the one the cache saw written.
/// </summary>
public sealed class BuildCache
{
    private const string StateFile = "build.json";
    private const string DepartmentsFolder = "departments";
    private const string PendingFolder = ".budgetsitegen-cache-pending";

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

    /// <summary>Puts an unchanged department's files into the new output and returns what it built last time; null when it must be built.</summary>
    public DepartmentResult? Reuse(DepartmentUnit unit, StagedOutput output)
    {
        var entry = Entry(_keys[unit.Key]);
        if (!_outputIsTrusted || !File.Exists(entry))
        {
            return null;
        }

        var result = PartFile.Read(File.ReadAllText(entry).TrimEnd());
        if (!result.Files.Keys.All(path => File.Exists(Path.Combine(_output, path))))
        {
            return null;
        }

        foreach (var (path, hash) in result.Files)
        {
            output.Adopt(path, Path.Combine(_output, path), hash);
        }

        return result;
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
            using var entry = new StreamWriter(output.Create(Path.Combine(PendingFolder, key + ".json")));
            entry.WriteLine(PartFile.Line(result));
        }
    }

    /// <summary>Moves the entries of the departments just built into the cache; called when the build has succeeded.</summary>
    public void Keep(StagedOutput output)
    {
        var pending = output.PathOf(PendingFolder);
        Directory.CreateDirectory(Path.Combine(_folder, DepartmentsFolder));
        if (Directory.Exists(pending))
        {
            foreach (var file in Directory.EnumerateFiles(pending))
            {
                File.Move(file, Path.Combine(_folder, DepartmentsFolder, Path.GetFileName(file)), overwrite: true);
            }

            Directory.Delete(pending);
        }
    }

    /// <summary>Records the output just committed, and forgets departments that are no longer in the content.</summary>
    public void Save()
    {
        foreach (var stale in Directory.EnumerateFiles(Path.Combine(_folder, DepartmentsFolder)).Where(f => !_used.ContainsKey(Path.GetFileNameWithoutExtension(f))))
        {
            File.Delete(stale);
        }

        File.WriteAllText(Path.Combine(_folder, StateFile), JsonSerializer.Serialize(new CacheState(_output, _whole, ManifestHash())));
    }

    private string Entry(string key) => Path.Combine(_folder, DepartmentsFolder, key + ".json");

    private string? ManifestHash()
    {
        var manifest = Path.Combine(_output, StagedOutput.ManifestName);
        return File.Exists(manifest) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(manifest))) : null;
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

    private sealed record CacheState(string Output, string Whole, string? Manifest);
}
