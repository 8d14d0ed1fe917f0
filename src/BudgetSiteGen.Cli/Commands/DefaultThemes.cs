namespace BudgetSiteGen.Cli.Commands;

/// <summary>
/// Where the themes are when --themes is not given: themes/ beside the content folder, as in a
/// repository checkout; otherwise the themes that ship with the installed tool or executable, so an
/// installed <c>budgetsitegen</c> builds a content folder that has no theme of its own.
/// </summary>
public static class DefaultThemes
{
    public const string FolderName = "themes";

    public static string For(DirectoryInfo content)
    {
        var besideContent = Path.Combine(content.Parent?.FullName ?? ".", FolderName);
        if (Directory.Exists(besideContent))
        {
            return besideContent;
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, FolderName);
        return Directory.Exists(shipped) ? shipped : besideContent;
    }
}
