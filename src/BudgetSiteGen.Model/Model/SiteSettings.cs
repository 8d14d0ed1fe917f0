using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Model;

public sealed record SiteSettings(string Title, string? Description, string Language, string Theme, string? BaseUrl, SiteRegistration? Registration = null)
{
    /// <summary>Where site.yaml sets the language, to point at when the theme has no strings for it.</summary>
    public SourceLocation? LanguageAt { get; init; }
}
