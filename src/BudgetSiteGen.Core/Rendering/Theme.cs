using HandlebarsDotNet;

namespace BudgetSiteGen.Rendering;

/// <summary>
/// A loaded theme: templates compiled once per build, its UI strings and its static assets.
/// Templates only lay out; every decision is made in the view models before they get here.
/// </summary>
public sealed class Theme
{
    private readonly IReadOnlyDictionary<string, HandlebarsTemplate<object, object>> _pages;
    private readonly HandlebarsTemplate<object, object> _layout;

    public Theme(
        HandlebarsTemplate<object, object> layout,
        IReadOnlyDictionary<string, HandlebarsTemplate<object, object>> pages,
        IReadOnlyDictionary<string, string> strings,
        IReadOnlyList<ThemeAsset> assets)
    {
        _layout = layout;
        _pages = pages;
        Strings = strings;
        Assets = assets;
    }

    public IReadOnlyDictionary<string, string> Strings { get; }

    public IReadOnlyList<ThemeAsset> Assets { get; }

    /// <summary>Renders a page: its own template into the layout.</summary>
    public string Render(string pageTemplate, object page)
    {
        if (!_pages.TryGetValue(pageTemplate, out var template))
        {
            throw new InvalidOperationException($"The theme has no page template '{pageTemplate}'.");
        }

        var body = Rendered($"pages/{pageTemplate}.hbs", () => template(page));
        return Rendered("layouts/base.hbs", () => _layout(new { page, body }));
    }

    private static string Rendered(string templateFile, Func<string> render)
    {
        try
        {
            return render();
        }
        catch (HandlebarsRuntimeException e)
        {
            throw new TemplateFailedException(templateFile, e);
        }
    }
}
