namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>
/// What one page gives the search index, from the model: its address and title, the kind of result it is (the search
/// page's filter), its texts by weight and the classification codes it prints. The search stage adds the page's trail
/// and the text it renders.
/// </summary>
public sealed record SearchEntry(string Path, string Title, string Type, IReadOnlyList<SearchText> Texts)
{
    public IReadOnlyList<string> Codes { get; init; } = [];

    /// <summary>Ranks results of equal score: a glossary entry below the pages that use the term.</summary>
    public int Rank { get; init; } = 100;
}
