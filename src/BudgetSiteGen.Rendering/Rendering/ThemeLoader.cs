using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Validation;
using Scriban;

namespace BudgetSiteGen.Rendering;

/// <summary>
/// Loads a theme through <see cref="ThemeFiles"/>: compiles the layout, page templates and partials once,
/// reads the UI strings for the site's language and collects the assets. A template that does not parse
/// is reported at its line and column, and every such template is reported, not only the first.
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
        var before = diagnostics.ErrorCount;
        var partials = CompileFolder(files, "partials", diagnostics);
        var pages = CompileFolder(files, "pages", diagnostics);
        var layoutText = files.ReadText(TemplateNames.Layout);
        if (layoutText is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.ThemeProblem, Severity.Error, SourceLocation.StartOf(TemplateNames.Layout),
                "the theme has no layout.", $"{TemplateNames.Layout} in the theme"));
        }

        var layout = layoutText is null ? null : Parse(layoutText, TemplateNames.Layout, diagnostics);
        var strings = LoadStrings(files, language, diagnostics, languageAt);
        var assets = files.List("assets").Select(path => new ThemeAsset(path, files.ReadBytes(path) ?? [])).ToList();
        return layout is null || strings is null || diagnostics.ErrorCount > before
            ? null
            : new Theme(layout, pages, partials, strings, assets);
    }

    private static Dictionary<string, Template> CompileFolder(ThemeFiles files, string folder, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var path in files.List(folder).Where(p => p.EndsWith(TemplateNames.Extension, StringComparison.Ordinal)))
        {
            if (Parse(files.ReadText(path) ?? string.Empty, path, diagnostics) is { } template)
            {
                templates[Path.GetFileName(path)[..^TemplateNames.Extension.Length]] = template;
            }
        }

        return templates;
    }

    private static Template? Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var template = Template.Parse(text, path);
        foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.TemplateDoesNotParse, Severity.Error,
                new SourceLocation(path, message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                $"the template does not parse: {message.Message}", "a Scriban template (see docs/theming.md)"));
        }

        return template.HasErrors ? null : template;
    }

    /// <summary>The theme's UI strings for one language, or null (with a diagnostic) when it has none.</summary>
    public static Dictionary<string, string>? LoadStrings(ThemeFiles files, string language, DiagnosticBag diagnostics, SourceLocation? languageAt)
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
}
