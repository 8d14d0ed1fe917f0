namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// The repository's folders, found by walking up from the test binaries to BudgetSiteGen.sln, so the
/// tests run the same from any checkout and any working directory.
/// </summary>
public static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Themes => Path.Combine(Root, "themes");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BudgetSiteGen.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("BudgetSiteGen.sln was not found above " + AppContext.BaseDirectory);
    }
}
