namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// The repository's content published in Chinese and English (<c>languages: [zh-CN, en]</c>): the Chinese pages at the
/// root, the English under en/. Its sweeps visit the English pages only, since the Chinese ones are the
/// <see cref="BuiltSite"/>'s.
/// </summary>
public sealed class EnglishSite() : BuiltSite(WriteContent)
{
    public const string Folder = "en/";

    protected override bool Sweeps(string page) => page.StartsWith(Folder, StringComparison.Ordinal);

    private static void WriteContent(string content)
    {
        FolderCopy.Recursive(RepositoryFolders.Content, content);
        var site = Path.Combine(content, "site.yaml");
        var settings = File.ReadAllLines(site).Where(line => !line.StartsWith("language:", StringComparison.Ordinal));
        File.WriteAllLines(site, settings.Append("languages: [zh-CN, en]"));
    }
}
