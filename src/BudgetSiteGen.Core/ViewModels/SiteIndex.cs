using System.Collections.Concurrent;
using BudgetSiteGen.Model;
using BudgetSiteGen.Publishing;

namespace BudgetSiteGen.ViewModels;

/// <summary>Look-ups over the content that many pages need: jurisdictions by code, their ancestry, kinds.</summary>
public sealed class SiteIndex
{
    private readonly Dictionary<string, Jurisdiction> _jurisdictions;
    private readonly Dictionary<string, DepartmentKind> _kinds;

    public SiteIndex(ContentSet content)
    {
        Content = content;
        _jurisdictions = content.Jurisdictions.ToDictionary(j => j.Code, StringComparer.Ordinal);
        _kinds = content.DepartmentKinds.ToDictionary(k => k.Id, StringComparer.Ordinal);
        _current = new Lazy<List<DepartmentYear>>(() => content.DepartmentYears.Where(y => !y.IsSuperseded).ToList());
        _siteVersion = new Lazy<string>(() => DataVersion.OfAll(content.DepartmentYears.Select(VersionOf)));
    }

    private readonly ConcurrentDictionary<string, string> _versions = new(StringComparer.Ordinal);
    private readonly Lazy<string> _siteVersion;
    private readonly Lazy<List<DepartmentYear>> _current;

    public ContentSet Content { get; }

    /// <summary>The department-years readers are shown by default: the latest edition of each report.</summary>
    public IReadOnlyList<DepartmentYear> Current => _current.Value;

    /// <summary>The data version of one department-year (see <see cref="Publishing.DataVersion"/>).</summary>
    public string VersionOf(DepartmentYear year) => _versions.GetOrAdd(year.SourceFile, DataVersion.OfFile);

    /// <summary>The data version of the whole site: of every department-year's version together.</summary>
    public string SiteVersion => _siteVersion.Value;

    public Jurisdiction Jurisdiction(string code) => _jurisdictions[code];

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

    /// <summary>Whether anything is published in this jurisdiction or below it; empty ones get no page.</summary>
    public bool HasContent(Jurisdiction jurisdiction) =>
        Content.DepartmentYears.Any(y => Lineage(JurisdictionOf(y)).Contains(jurisdiction));
}
