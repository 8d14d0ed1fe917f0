using BudgetSiteGen.Model.Layouts;

namespace BudgetSiteGen.Validation;

/// <summary>The ids that department-year files may refer to, taken from the shared lists and the layout library.</summary>
public sealed record ReferenceLists(IReadOnlySet<string> JurisdictionCodes, IReadOnlySet<string> DepartmentKindIds)
{
    /// <summary>What reports are read against when the shared lists could not be loaded.</summary>
    public static ReferenceLists None { get; } = new(new HashSet<string>(), new HashSet<string>());

    public IReadOnlyDictionary<string, ReportLayout> Layouts { get; init; } = new Dictionary<string, ReportLayout>();
}
