namespace BudgetSiteGen.Indexing;

/// <summary>What the search page filters a document by; all an unchanged document contributes to an incremental build.</summary>
public sealed record SearchFilter(int? Year, string? Jurisdiction, string Type)
{
    public static SearchFilter Of(SearchDocument document) => new(document.Year, document.Jurisdiction, document.Type);
}
