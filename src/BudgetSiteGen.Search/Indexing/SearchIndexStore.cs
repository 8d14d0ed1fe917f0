namespace BudgetSiteGen.Indexing;

/// <summary>
/// Where the build cache keeps the search index between builds: <see cref="Previous"/>, the last build's
/// (null when it cannot be updated, such as after a change of theme or shared content); <see cref="Full"/>
/// and <see cref="Update"/>, where this build puts a whole new index or the parts it changed; and the search
/// documents of a department the last build indexed, for when everything must be indexed again.
/// </summary>
public sealed record SearchIndexStore(
    SearchIndexState? Previous,
    SearchIndexState Full,
    SearchIndexState Update,
    Func<string, IReadOnlyList<SearchDocument>> Documents);
