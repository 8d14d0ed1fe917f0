using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Rendering;

/// <summary>
/// A template that compiled but failed while rendering, such as one calling a partial the theme does not
/// have: a mistake in the theme, reported as a diagnostic, not as a defect of BudgetSiteGen.
/// </summary>
public sealed class TemplateFailedException(string templateFile, Exception cause)
    : Exception($"{templateFile} failed while rendering: {cause.Message}", cause)
{
    public Diagnostic ToDiagnostic() => new(DiagnosticCodes.TemplateFailed, Severity.Error, SourceLocation.StartOf(templateFile),
        $"the template failed while rendering a page: {InnerException!.Message}",
        "templates that call only partials the theme has (see docs/theming.md)");
}
