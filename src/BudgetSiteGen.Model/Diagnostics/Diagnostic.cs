namespace BudgetSiteGen.Diagnostics;

/// <summary>One problem found in the content, with where it is and what was expected instead.</summary>
public sealed record Diagnostic(string Code, Severity Severity, SourceLocation Location, string Message, string? Expected = null)
{
    public string? SourceLine { get; init; }
}
