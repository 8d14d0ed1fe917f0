using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Indexing;

/// <summary>
/// Indexes the whole site in a fixed order — jurisdictions first, then each department's current reports in
/// department order — so document numbers and shards are the same on every build, however it was split up.
/// Documents stream in as departments are built; only token scores are kept.
/// </summary>
public sealed class SiteSearchIndex(SiteIndex index, StagedOutput output) : IDisposable
{
    private readonly SearchIndexWriter _writer = new(output);

    /// <summary>One document per jurisdiction with something published, in code order; call before any department.</summary>
    public void AddJurisdictions(IReadOnlySet<string> withContent)
    {
        foreach (var jurisdiction in index.Shared.Jurisdictions.Where(j => withContent.Contains(j.Code)).OrderBy(j => j.Code, StringComparer.Ordinal))
        {
            var crumb = string.Join(" / ", index.Lineage(jurisdiction).Select(j => j.Name));
            _writer.Add(new SearchDocument(SitePaths.Jurisdiction(jurisdiction), jurisdiction.Name, crumb, "jurisdiction", null, jurisdiction.Name,
                [new(jurisdiction.Name, FieldWeights.Title), new(crumb, FieldWeights.Breadcrumb)], [], crumb));
        }
    }

    public void Add(IEnumerable<ScoredDocument> documents)
    {
        foreach (var document in documents)
        {
            _writer.Add(document);
        }
    }

    public void Dispose() => _writer.Dispose();

    public int Finish()
    {
        _writer.Finish();
        return _writer.Documents;
    }
}
