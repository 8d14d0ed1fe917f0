using BudgetSiteGen.Model;
using BudgetSiteGen.Publishing;
using BudgetSiteGen.ViewModels.Comparison;

namespace BudgetSiteGen.ViewModels;

/// <summary>
/// What the pages above a department-year need of it, taken from its model when the department is built:
/// listings, the checks overview, sitemaps, comparisons, the data package and the feed. The site-wide pages
/// are built from these alone, so no report has to stay in memory and shards can hand them to the merge.
/// </summary>
public sealed record DepartmentYearSummary(
    string JurisdictionCode,
    string DepartmentSlug,
    string DepartmentName,
    string KindId,
    int Year,
    ReportKind Kind,
    int Edition,
    bool IsSuperseded,
    string YearLabel,
    string Folder,
    string DepartmentPath,
    PrintedAmount Total,
    string DataVersion,
    int Discrepancies,
    int Roundings,
    string? YearsComparison,
    FeedEntry Feed,
    IReadOnlyList<LinkItem> Pages,
    ComparisonFacts? Facts,
    IReadOnlyList<string> Resources)
{
    /// <summary>How many rules ran on the report, did not apply, or could not run.</summary>
    public Checks.CoverageCounts Coverage { get; init; } = Checks.CoverageCounts.None;

    /// <summary>The outcome of each disclosure checklist item, in the checklist's order, for the site-wide table.</summary>
    public IReadOnlyList<BudgetSiteGen.Disclosure.DisclosureMark> Disclosure { get; init; } = [];
}
