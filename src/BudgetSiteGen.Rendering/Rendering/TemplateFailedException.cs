using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Rendering;

/// <summary>
/// A template that compiled but failed while rendering, such as one naming a variable, member or partial that
/// does not exist: a mistake in the theme, reported as a diagnostic at its place in the template, not as a
/// defect of BudgetSiteGen.
/// </summary>
public sealed class TemplateFailedException(string code, SourceLocation location, string problem, Exception cause)
    : Exception($"{location} {problem}", cause)
{
    public Diagnostic ToDiagnostic() => new(code, Severity.Error, location,
        $"the template failed while rendering a page: {problem}",
        code == DiagnosticCodes.TemplateUnknownName
            ? "only variables, members and partials that exist (see docs/theming.md)"
            : "a template that lays out the values the page has (see docs/theming.md)");
}
