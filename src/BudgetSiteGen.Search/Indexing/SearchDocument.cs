namespace BudgetSiteGen.Indexing;

/// <summary>
/// One page as the search index sees it: where it is, what to show in a result, what it is filtered by,
/// and its weighted text. <see cref="Rank"/> scales all its scores (glossary repeats rank below a
/// department-year's own pages).
/// </summary>
public sealed record SearchDocument(
    string Path,
    string Title,
    string Breadcrumb,
    string Type,
    int? Year,
    string? Jurisdiction,
    IReadOnlyList<SearchField> Fields,
    IReadOnlyList<string> Codes,
    string Excerpt,
    int Rank = 100);
