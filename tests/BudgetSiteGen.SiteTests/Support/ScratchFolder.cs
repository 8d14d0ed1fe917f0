namespace BudgetSiteGen.SiteTests.Support;

/// <summary>A fresh folder under the system temp folder, deleted on dispose, so no test writes into the repository.</summary>
public sealed class ScratchFolder : IDisposable
{
    public ScratchFolder(string purpose)
    {
        Root = Path.Combine(Path.GetTempPath(), $"bsg-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Combine(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
