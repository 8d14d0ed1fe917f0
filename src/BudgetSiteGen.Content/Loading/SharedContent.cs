using BudgetSiteGen.Model;
using BudgetSiteGen.Model.Layouts;
using BudgetSiteGen.Validation;

namespace BudgetSiteGen.Loading;

/// <summary>The files every department-year is read against: site settings, jurisdictions, department kinds, indicator aliases, layouts.</summary>
public sealed record SharedContent(
    SiteSettings Site,
    IReadOnlyList<Jurisdiction> Jurisdictions,
    IReadOnlyList<DepartmentKind> DepartmentKinds,
    IReadOnlyDictionary<string, string> IndicatorAliases)
{
    public IReadOnlyDictionary<string, ReportLayout> Layouts { get; init; } = new Dictionary<string, ReportLayout>();

    public ReferenceLists References => field ??= ReferencesOf(Jurisdictions, DepartmentKinds) with { Layouts = Layouts };

    public static ReferenceLists ReferencesOf(IEnumerable<Jurisdiction> jurisdictions, IEnumerable<DepartmentKind> kinds) => new(
        jurisdictions.Select(j => j.Code).ToHashSet(StringComparer.Ordinal),
        kinds.Select(k => k.Id).ToHashSet(StringComparer.Ordinal));

    public ContentSet With(IReadOnlyList<DepartmentYear> years) =>
        new(Site, Jurisdictions, DepartmentKinds, years) { IndicatorAliases = IndicatorAliases, Layouts = Layouts };
}
