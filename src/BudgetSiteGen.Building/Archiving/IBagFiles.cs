namespace BudgetSiteGen.Archiving;

/// <summary>The files of a BagIt bag, wherever it is kept: a folder, or the zip an archivist receives.</summary>
public interface IBagFiles : IDisposable
{
    /// <summary>Every file of the bag, as '/'-separated paths relative to its top folder.</summary>
    IReadOnlyCollection<string> Files { get; }

    /// <summary>What is wrong with the container itself (an unsafe or repeated zip entry), beyond its files.</summary>
    IReadOnlyList<string> Problems { get; }

    long Length(string path);

    Stream Open(string path);
}
