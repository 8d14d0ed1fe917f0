using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Model;

public sealed record SiteSettings(string Title, string? Description, string Language, string Theme, string? BaseUrl, SiteRegistration? Registration = null)
{
    /// <summary>Where site.yaml sets the language, to point at when the theme has no strings for it.</summary>
    public SourceLocation? LanguageAt { get; init; }

    /// <summary>
    /// Every language the site is published in, the first at the root and each other under /{language}/ (en/…),
    /// all from the same data. The first is <see cref="Language"/>.
    /// </summary>
    public IReadOnlyList<string> Languages { get; init; } = [Language];

    /// <summary>Where site.yaml names each of <see cref="Languages"/>, in the same order.</summary>
    public IReadOnlyList<SourceLocation?> LanguagesAt { get; init; } = [];

    /// <summary>Where a language's strings file is asked for: its place in site.yaml, when it has one.</summary>
    public SourceLocation? WhereLanguageIsSet(string language)
    {
        var index = Languages.ToList().IndexOf(language);
        return index >= 0 && index < LanguagesAt.Count ? LanguagesAt[index] : LanguageAt;
    }
}
