using BudgetSiteGen.Indexing;
using BudgetSiteGen.ViewModels;

namespace BudgetSiteGen.Building;

/// <summary>
/// What the build cache keeps of a department for a build that does not rebuild it: what its
/// <see cref="DepartmentResult"/> holds except the search documents, which are kept apart (only a full
/// reindex reads them), and the search filters of those documents, which every update needs.
/// </summary>
public sealed record CachedDepartment(
    string Key,
    IReadOnlyList<DepartmentYearSummary> Years,
    IReadOnlyList<string> Pages,
    IReadOnlyDictionary<string, string> Files,
    IReadOnlyList<SearchFilter> Filters)
{
    public static CachedDepartment Of(DepartmentResult result) =>
        new(result.Key, result.Years, result.Pages, result.Files, result.Documents.Select(SearchFilter.Of).ToList());

    public DepartmentResult AsResult() => new(Key, Years, [], Pages, Files, []);
}
