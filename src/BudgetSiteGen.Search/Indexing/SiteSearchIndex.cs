using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Indexing;

/// <summary>
/// Indexes the whole site in a fixed order — jurisdictions first, then each department's current reports in
/// department order — so document numbers and shards are the same on every build, however it was split up.
/// Documents stream in as departments are built; only token scores are kept. With a previous index in the
/// build cache, departments that were not rebuilt contribute only their filters, and the index is updated
/// where the rebuilt ones change it (<see cref="SearchIndexWriter.TryUpdate"/>).
/// </summary>
public sealed class SiteSearchIndex(SiteIndex index, StagedOutput output, SearchIndexStore? store = null, long spillAfter = SearchIndexWriter.DefaultSpillAfter) : IDisposable
{
    private readonly List<SearchDocument> _jurisdictions = [];
    private readonly List<SearchIndexUnit> _units = [];
    private readonly List<(string Key, IReadOnlyList<ScoredDocument>? Rebuilt, IReadOnlyList<SearchFilter> Filters)> _pending = [];
    private SearchIndexWriter _writer = new(output, spillAfter);
    private int _departmentDocuments;

    private bool Updating => store?.Previous is not null;

    /// <summary>After <see cref="Finish"/>: how many times postings were set aside on disk.</summary>
    public int Spills => _writer.Spills;

    /// <summary>After <see cref="Finish"/>: whether the previous index was updated rather than everything indexed again.</summary>
    public bool WasUpdated { get; private set; }

    /// <summary>One document per jurisdiction with something published, in code order; call before any department.</summary>
    public void AddJurisdictions(IReadOnlySet<string> withContent)
    {
        foreach (var jurisdiction in index.Shared.Jurisdictions.Where(j => withContent.Contains(j.Code)).OrderBy(j => j.Code, StringComparer.Ordinal))
        {
            var crumb = string.Join(" / ", index.Lineage(jurisdiction).Select(j => j.Name));
            _jurisdictions.Add(new SearchDocument(SitePaths.Jurisdiction(jurisdiction), jurisdiction.Name, crumb, "jurisdiction", null, jurisdiction.Name,
                [new(jurisdiction.Name, FieldWeights.Title), new(crumb, FieldWeights.Breadcrumb)], [], crumb));
        }

        if (!Updating)
        {
            _jurisdictions.ForEach(_writer.Add);
        }
    }

    /// <summary>
    /// A department's documents: <paramref name="rebuilt"/>, scored, when it was built this time; null when it
    /// was taken from the cache, whose <paramref name="filters"/> are then all an update needs of it.
    /// </summary>
    public void AddDepartment(string key, IReadOnlyList<ScoredDocument>? rebuilt, IReadOnlyList<SearchFilter> filters)
    {
        _units.Add(new SearchIndexUnit(key, _jurisdictions.Count + _departmentDocuments, filters.Count));
        _departmentDocuments += filters.Count;
        if (Updating)
        {
            _pending.Add((key, rebuilt, filters));
        }
        else
        {
            AddAll(key, rebuilt);
        }
    }

    public void Dispose() => _writer.Dispose();

    public int Finish()
    {
        WasUpdated = Updating && TryUpdate();
        if (Updating && !WasUpdated)
        {
            // Indexed again from the start, by the same writer a full build uses.
            _writer.Dispose();
            _writer = new SearchIndexWriter(output, spillAfter);
            _jurisdictions.ForEach(_writer.Add);
            foreach (var (key, rebuilt, _) in _pending)
            {
                AddAll(key, rebuilt);
            }

            _pending.Clear();
            store = store! with { Previous = null };
        }

        if (!Updating)
        {
            _writer.Finish(store?.Full, _jurisdictions.Count, _units);
        }

        return _writer.Documents;
    }

    private bool TryUpdate()
    {
        var previous = store!.Previous!;
        var meta = previous.ReadMeta();
        if (meta is null)
        {
            return false;
        }

        // A department kept from the cache keeps its postings; its documents may only have moved, all together,
        // when a report before it was added or removed. Its old number for each document is then needed.
        var before = meta.Units.ToDictionary(u => u.Key, StringComparer.Ordinal);
        var rebuiltKeys = _pending.Where(p => p.Rebuilt is not null).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        if (_units.Any(u => !rebuiltKeys.Contains(u.Key) && (!before.TryGetValue(u.Key, out var old) || old.Count != u.Count)))
        {
            return false;
        }

        // The jurisdictions with content follow the departments: the same departments, the same jurisdictions.
        var sameDepartments = meta.JurisdictionDocuments == _jurisdictions.Count && meta.Units.Select(u => u.Key).SequenceEqual(_units.Select(u => u.Key));
        _jurisdictions.ForEach(document =>
        {
            if (sameDepartments)
            {
                _writer.Keep(SearchFilter.Of(document));
            }
            else
            {
                _writer.Add(document);
            }
        });
        foreach (var ((_, rebuilt, filters), unit) in _pending.Zip(_units))
        {
            if (rebuilt is not null)
            {
                rebuilt.ToList().ForEach(_writer.Add);
                continue;
            }

            var oldFirst = before[unit.Key].First;
            for (var i = 0; i < filters.Count; i++)
            {
                _writer.Keep(filters[i], oldFirst + i);
            }
        }

        return _writer.TryUpdate(previous, meta, _units, rebuiltKeys, jurisdictionsKept: sameDepartments, store.Update);
    }

    private void AddAll(string key, IReadOnlyList<ScoredDocument>? rebuilt)
    {
        foreach (var scored in rebuilt ?? store!.Documents(key).Select(SearchIndexWriter.Score).ToList())
        {
            _writer.Add(scored);
        }
    }
}
