namespace BudgetSiteGen.ViewModels.Splitting;

/// <summary>
/// One page of a site-wide table split by jurisdiction: the jurisdiction it covers (null for the whole site), the
/// pages above it, the parts one level down with their rows (shown as links with subtotals) and the rows it shows
/// itself, with the other pages of the same rows when they take more than one.
/// </summary>
public sealed record TablePart(
    string Path,
    Model.Jurisdiction? Jurisdiction,
    IReadOnlyList<(string Label, string Path)> Parents,
    IReadOnlyList<(Model.Jurisdiction Jurisdiction, string Path, IReadOnlyList<DepartmentYearSummary> Rows)> Below,
    IReadOnlyList<DepartmentYearSummary> Rows,
    IReadOnlyList<DepartmentYearSummary> Covered,
    int PageNumber,
    IReadOnlyList<string> PagePaths);
