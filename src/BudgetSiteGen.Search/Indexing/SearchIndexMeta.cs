namespace BudgetSiteGen.Indexing;

/// <summary>
/// What an incremental build needs to know of the search index it updates: how it is sharded, how many
/// postings its shards hold (which decides the number of shards), which documents each department holds, and
/// how many long lists each shard has in files of their own (kept as they are when the shard is not touched).
/// </summary>
public sealed record SearchIndexMeta(int Shards, long Entries, int JurisdictionDocuments, IReadOnlyList<SearchIndexUnit> Units, IReadOnlyList<int> LongLists);
