namespace BudgetSiteGen.Cli;

/// <summary>
/// The report files a `check --file` run is about. The whole content is still loaded, so that rules comparing
/// reports with each other see them all; only what concerns these files is printed. Paths are compared in full,
/// so a file may be named relative to the working folder or absolutely.
/// </summary>
public sealed class FileSelection
{
    private readonly HashSet<string>? _paths;

    private FileSelection(HashSet<string>? paths) => _paths = paths;

    public static FileSelection Everything { get; } = new(null);

    public static FileSelection Of(IEnumerable<FileInfo> files) => new(files.Select(f => f.FullName).ToHashSet(PathComparer));

    public bool IsEverything => _paths is null;

    public IEnumerable<string> Paths => _paths ?? Enumerable.Empty<string>();

    public bool Includes(string path) => _paths is null || _paths.Contains(Path.GetFullPath(path));

    /// <summary>File systems that ignore case (Windows, macOS by default) name one file in several spellings.</summary>
    private static StringComparer PathComparer => OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
}
