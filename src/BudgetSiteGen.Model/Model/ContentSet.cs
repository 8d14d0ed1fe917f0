using BudgetSiteGen.Model.Layouts;

namespace BudgetSiteGen.Model;

/// <summary>Everything in a content folder, validated: the shared lists and every department-year.</summary>
public sealed record ContentSet(
    SiteSettings Site,
    IReadOnlyList<Jurisdiction> Jurisdictions,
    IReadOnlyList<DepartmentKind> DepartmentKinds,
    IReadOnlyList<DepartmentYear> DepartmentYears)
{
    /// <summary>Indicator names that mean the same thing, from the optional content/indicator-names.yaml (alias → name).</summary>
    public IReadOnlyDictionary<string, string> IndicatorAliases { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The table layouts reports may name, by id (shipped and the site's own).</summary>
    public IReadOnlyDictionary<string, ReportLayout> Layouts { get; init; } = new Dictionary<string, ReportLayout>(StringComparer.Ordinal);
}
