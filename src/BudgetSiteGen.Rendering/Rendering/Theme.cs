using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.ViewModels;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BudgetSiteGen.Rendering;

/// <summary>
/// A loaded theme: templates compiled once per build, its UI strings and its static assets.
/// Templates only lay out; every decision is made in the view models before they get here.
/// A compiled template is only read while rendering, so pages render in parallel, each with its own context.
/// </summary>
public sealed class Theme
{
    private readonly IReadOnlyDictionary<string, Template> _pages;
    private readonly Template _layout;
    private readonly ScriptObject _builtins;

    internal Theme(
        Template layout,
        IReadOnlyDictionary<string, Template> pages,
        IReadOnlyDictionary<string, Template> partials,
        IReadOnlyDictionary<string, string> strings,
        IReadOnlyList<ThemeAsset> assets)
    {
        _layout = layout;
        _pages = pages;
        Strings = strings;
        Assets = assets;

        // Templates get no functions but include: what a page shows is decided in its view model.
        _builtins = new ScriptObject();
        _builtins.SetValue(PartialFunction.Name, new PartialFunction(partials), readOnly: true);
    }

    public IReadOnlyDictionary<string, string> Strings { get; }

    public IReadOnlyList<ThemeAsset> Assets { get; }

    public bool HasPage(string pageTemplate) => _pages.ContainsKey(pageTemplate);

    /// <summary>Renders a page: its own template into the layout.</summary>
    public string Render(string pageTemplate, PageModel page)
    {
        if (!_pages.TryGetValue(pageTemplate, out var template))
        {
            throw new TemplateFailedException(DiagnosticCodes.TemplateUnknownName, SourceLocation.StartOf(TemplateNames.Page(pageTemplate)),
                $"the theme has no page template {TemplateNames.Page(pageTemplate)}", new KeyNotFoundException(pageTemplate));
        }

        var body = new HtmlFragment(Rendered(template, page, body: null));
        return Rendered(_layout, page, body);
    }

    private string Rendered(Template template, PageModel page, HtmlFragment? body)
    {
        var context = new EscapingTemplateContext(_builtins);
        var variables = new ScriptObject
        {
            { "page", page },
            { "content", page.Content },
            { "strings", page.Strings },
        };
        if (body is not null)
        {
            variables.SetValue("body", body, readOnly: true);
        }

        context.PushGlobal(variables);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var span = e.Span;
            var code = e is UnknownNameException ? DiagnosticCodes.TemplateUnknownName : DiagnosticCodes.TemplateFailed;
            throw new TemplateFailedException(code, new SourceLocation(span.FileName, span.Start.Line + 1, span.Start.Column + 1), e.OriginalMessage, e);
        }
    }
}
