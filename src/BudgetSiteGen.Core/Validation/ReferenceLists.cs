namespace BudgetSiteGen.Validation;

/// <summary>The ids that department-year files may refer to, taken from the shared lists.</summary>
public sealed record ReferenceLists(IReadOnlySet<string> JurisdictionCodes, IReadOnlySet<string> DepartmentKindIds);
