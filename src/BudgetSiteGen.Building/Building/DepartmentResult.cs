using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Indexing;
using BudgetSiteGen.ViewModels;

namespace BudgetSiteGen.Building;

/// <summary>
/// What building one department hands to the site-wide step: a summary per department-year, the search
/// documents of its current reports in site order, the pages it wrote (for sitemap.xml), every file it wrote
/// with its SHA-256 (to reuse them later), and any problems found.
/// </summary>
public sealed record DepartmentResult(
    string Key,
    IReadOnlyList<DepartmentYearSummary> Years,
    IReadOnlyList<SearchDocument> Documents,
    IReadOnlyList<string> Pages,
    IReadOnlyDictionary<string, string> Files,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Failed => Diagnostics.Any(d => d.Severity == Severity.Error);
}
