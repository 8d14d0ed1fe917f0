using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Validation;
using HandlebarsDotNet;

namespace BudgetSiteGen.Rendering;

/// <summary>
/// Loads a theme through <see cref="ThemeFiles"/>: registers partials, compiles layout and page
/// templates once, reads the UI strings for the site's language and collects the assets.
/// </summary>
public static class ThemeLoader
{
    public const string OverridesFolder = "theme-overrides";

    public static ThemeFiles Files(string contentFolder, string themesFolder, string themeName) =>
        new([Path.Combine(contentFolder, OverridesFolder), Path.Combine(themesFolder, themeName)]);

    /// <param name="languageAt">Where the language is set (site.yaml), where a missing strings file is reported.</param>
    public static Theme? Load(ThemeFiles files, string language, DiagnosticBag diagnostics, SourceLocation? languageAt = null)
    {
        var theme = Compile(files, language, diagnostics, languageAt);

        // A refused file (a link out of the theme, a FIFO) reads as missing; say why, and do not build with the rest.
        foreach (var (path, problem) in files.Problems.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            diagnostics.Add(new Diagnostic(problem.Code, Severity.Error, SourceLocation.StartOf(ContentLoader.Display(path)), problem.Message, problem.Expected));
        }

        return files.Problems.Count == 0 ? theme : null;
    }

    private static Theme? Compile(ThemeFiles files, string language, DiagnosticBag diagnostics, SourceLocation? languageAt)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        try
        {
            foreach (var partial in files.List("partials").Where(p => p.EndsWith(".hbs", StringComparison.Ordinal)))
            {
                handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(partial), files.ReadText(partial) ?? string.Empty);
            }

            var layoutText = files.ReadText("layouts/base.hbs");
            if (layoutText is null)
            {
                Report(diagnostics, "layouts/base.hbs", "the theme has no layout.", "layouts/base.hbs in the theme");
                return null;
            }

            var layout = handlebars.Compile(layoutText);
            var pages = files.List("pages")
                .Where(p => p.EndsWith(".hbs", StringComparison.Ordinal))
                .ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => handlebars.Compile(files.ReadText(p) ?? string.Empty), StringComparer.Ordinal);
            var strings = LoadStrings(files, language, diagnostics, languageAt);
            var assets = files.List("assets").Select(path => new ThemeAsset(path, files.ReadBytes(path) ?? [])).ToList();
            return strings is null ? null : new Theme(layout, pages, strings, assets);
        }
        catch (HandlebarsException ex)
        {
            Report(diagnostics, "templates", $"a template does not compile: {ex.Message}", "valid Handlebars");
            return null;
        }
    }

    private static Dictionary<string, string>? LoadStrings(ThemeFiles files, string language, DiagnosticBag diagnostics, SourceLocation? languageAt)
    {
        // The language names a file; anything but a language tag could name one outside the strings folder.
        var path = $"strings/{language}.yaml";
        if (!LanguageTag.IsValid(language))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidLanguage, Severity.Error, languageAt ?? SourceLocation.StartOf("site.yaml"),
                $"language '{language}' is not a language tag.", "a language tag such as zh-CN, naming the theme's strings file (strings/zh-CN.yaml)"));
            return null;
        }

        var bytes = files.ReadBytes(path);
        if (bytes is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.ThemeProblem, Severity.Error, languageAt ?? SourceLocation.StartOf(path),
                $"the theme has no UI strings for the language '{language}' ({path}).", $"{path} in the theme, or a language the theme has strings for"));
            return null;
        }

        var parsed = ContentFileReader.Parse(bytes, path, isJson: false);
        diagnostics.AddRange(parsed.Sink.Drain());
        if (parsed.Root is not MappingNode map)
        {
            return null;
        }

        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (entry.Value is ScalarNode value)
            {
                strings[entry.Key.Text] = value.Text;
            }
        }

        return strings;
    }

    private static void Report(DiagnosticBag diagnostics, string file, string message, string expected) =>
        diagnostics.Add(new Diagnostic(DiagnosticCodes.ThemeProblem, Severity.Error, SourceLocation.StartOf(file), message, expected));
}
