using System.CommandLine;

namespace BudgetSiteGen.Cli.Commands;

/// <summary>Options shared by several commands, so they are spelled and described the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<DirectoryInfo> Content() => new("--content", "-c")
    {
        Description = "The content folder: site.yaml, jurisdictions.yaml, department-kinds.yaml and reports/.",
        DefaultValueFactory = _ => new DirectoryInfo("content"),
    };

    public static Option<DirectoryInfo> Output() => new("--output", "-o")
    {
        Description = "Where the site is written: a new or empty folder, or one BudgetSiteGen built before. It is replaced only when the build succeeds.",
        DefaultValueFactory = _ => new DirectoryInfo("output"),
    };

    /// <summary>The build's folders from the options; without --themes, see <see cref="DefaultThemes"/>.</summary>
    public static Building.BuildOptions Build(DirectoryInfo content, DirectoryInfo output, DirectoryInfo? themes) =>
        new(content.FullName, output.FullName, themes?.FullName ?? DefaultThemes.For(content));

    public static Option<DirectoryInfo?> Themes() => new("--themes")
    {
        Description = "The folder of themes (default: themes/ beside the content folder, else the themes installed with budgetsitegen).",
    };
}
