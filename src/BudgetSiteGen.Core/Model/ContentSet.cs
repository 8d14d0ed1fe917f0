namespace BudgetSiteGen.Model;

/// <summary>Everything in a content folder, validated: the shared lists and every department-year.</summary>
public sealed record ContentSet(
    SiteSettings Site,
    IReadOnlyList<Jurisdiction> Jurisdictions,
    IReadOnlyList<DepartmentKind> DepartmentKinds,
    IReadOnlyList<DepartmentYear> DepartmentYears);
