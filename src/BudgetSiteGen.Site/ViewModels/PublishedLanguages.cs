using BudgetSiteGen.Routing;

namespace BudgetSiteGen.ViewModels;

/// <summary>
/// The languages a site is published in and the one being written. Every language has the same pages at the same
/// paths under its folder, so a page's counterpart in another language is found by its path alone.
/// </summary>
public sealed record PublishedLanguages(IReadOnlyList<PublishedLanguage> All, int Current)
{
    public static PublishedLanguages Single(string tag) => new([new PublishedLanguage(tag, string.Empty, tag)], 0);

    public PublishedLanguage Language => All[Current];

    public PublishedLanguages Writing(int index) => this with { Current = index };

    /// <summary>The page at <paramref name="path"/> in every language, linked from this language's copy of it; none for a single-language site.</summary>
    public IReadOnlyList<LanguageLink> LinksFor(string path)
    {
        if (All.Count < 2)
        {
            return [];
        }

        var back = SitePaths.RootOf(Language.Folder + path);
        return All.Select((language, i) => new LanguageLink(language.Tag, back + language.Folder + path, language.Name, i == Current)).ToList();
    }
}
