namespace BudgetSiteGen.Indexing;

/// <summary>
/// What an incremental build needs to know of the search index it updates: how it is sharded, how many
/// postings it publishes (which decides the number of shards), and which documents each department holds.
/// </summary>
public sealed record SearchIndexMeta(int Shards, long Entries, int JurisdictionDocuments, IReadOnlyList<SearchIndexUnit> Units);
