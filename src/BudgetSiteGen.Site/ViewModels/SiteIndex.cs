using System.Collections.Concurrent;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;
using BudgetSiteGen.Publishing;

namespace BudgetSiteGen.ViewModels;

/// <summary>Look-ups over the shared lists that many pages need: jurisdictions by code, their ancestry, kinds.</summary>
public sealed class SiteIndex
{
    private readonly Dictionary<string, Jurisdiction> _jurisdictions;
    private readonly Dictionary<string, DepartmentKind> _kinds;
    private readonly ConcurrentDictionary<string, string> _versions = new(StringComparer.Ordinal);

    public SiteIndex(SharedContent shared)
    {
        Shared = shared;
        _jurisdictions = shared.Jurisdictions.ToDictionary(j => j.Code, StringComparer.Ordinal);
        _kinds = shared.DepartmentKinds.ToDictionary(k => k.Id, StringComparer.Ordinal);
    }

    public SharedContent Shared { get; }

    public SiteSettings Site => Shared.Site;

    /// <summary>The data version of one department-year (see <see cref="Publishing.DataVersion"/>).</summary>
    public string VersionOf(DepartmentYear year) => _versions.GetOrAdd(year.SourceFile, DataVersion.OfFile);

    /// <summary>Notes the SHA-256 (hex) of a content file already read, so its data version needs no second reading.</summary>
    public void KnowHash(string path, string sha256)
    {
        if (sha256.Length > 0)
        {
            _versions.TryAdd(path, DataVersion.OfHash(sha256));
        }
    }

    public Jurisdiction Jurisdiction(string code) => _jurisdictions[code];

    /// <summary>Whether the shared list has a jurisdiction of this code.</summary>
    public bool Knows(string code) => _jurisdictions.ContainsKey(code);

    public Jurisdiction JurisdictionOf(DepartmentYear year) => _jurisdictions[year.JurisdictionCode];

    public string KindName(string id) => _kinds.TryGetValue(id, out var kind) ? kind.Name : id;

    /// <summary>The jurisdiction and its ancestors, outermost first (山西省, 晋城市, 泽州县).</summary>
    public IReadOnlyList<Jurisdiction> Lineage(Jurisdiction jurisdiction)
    {
        var chain = new List<Jurisdiction>();
        for (Jurisdiction? j = jurisdiction; j is not null; j = j.ParentCode is { } parent && _jurisdictions.TryGetValue(parent, out var p) ? p : null)
        {
            chain.Insert(0, j);
        }

        return chain;
    }
}
