using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;
using BudgetSiteGen.Rendering;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Building;

/// <summary>
/// The build, one way through: load and validate → view models → render with the theme → write to a
/// staging folder → swap into place. Nothing is written to the output unless every stage succeeds.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, IBuildProgress progress)
    {
        progress.Stage("load", 1);
        var loaded = ContentLoader.Load(options.ContentFolder);
        progress.Advance();
        if (loaded.Content is not { } content)
        {
            return new BuildResult(false, loaded.Diagnostics, 0, 0, 0);
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(loaded.Diagnostics);
        var files = ThemeLoader.Files(options.ContentFolder, options.ThemesFolder, content.Site.Theme);
        var theme = ThemeLoader.Load(files, content.Site.Language, diagnostics);
        if (theme is null)
        {
            return new BuildResult(false, diagnostics.Sorted(), 0, 0, 0);
        }

        using var output = new StagedOutput(options.OutputFolder);
        var pages = RenderPages(content, theme, output, progress);
        foreach (var asset in theme.Assets)
        {
            output.WriteBytes(asset.Path, asset.Content);
        }

        progress.Stage("write", 1);
        output.Commit();
        progress.Advance();
        return new BuildResult(true, diagnostics.Sorted(), pages, output.Files, output.Bytes);
    }

    private static int RenderPages(ContentSet content, Theme theme, StagedOutput output, IBuildProgress progress)
    {
        progress.Stage("render", 1);
        var home = new HomeBuilder(content, theme.Strings, _ => null).Build();
        var page = new PageModel(SitePaths.Home, content.Site.Title, string.Empty, content.Site.Language, content.Site.Title, theme.Strings, [], home);
        output.WriteText(SitePaths.Home, theme.Render("home", page));
        progress.Advance();
        return 1;
    }
}
