namespace BudgetSiteGen.Archiving;

/// <summary>A bag kept as a folder.</summary>
public sealed class BagFolder : IBagFiles
{
    private readonly string _folder;

    public BagFolder(string folder)
    {
        _folder = folder;
        Files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal)
            : [];
    }

    public IReadOnlyCollection<string> Files { get; }

    public IReadOnlyList<string> Problems => [];

    public long Length(string path) => new FileInfo(Path.Combine(_folder, path)).Length;

    public Stream Open(string path) => File.OpenRead(Path.Combine(_folder, path));

    public void Dispose()
    {
    }
}
