namespace BudgetSiteGen.Tests.Support;

/// <summary>Finds the repository's folders from wherever the tests run.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Themes => Path.Combine(Root, "themes");

    /// <summary>Files the tests of every stage read: fixtures, workbooks and schemas (tests/TestData).</summary>
    public static string TestData => Path.Combine(Root, "tests", "TestData");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BudgetSiteGen.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("BudgetSiteGen.sln not found above the test folder.");
    }
}
