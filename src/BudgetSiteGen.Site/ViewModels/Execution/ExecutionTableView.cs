using BudgetSiteGen.ViewModels.Charts;

namespace BudgetSiteGen.ViewModels.Execution;

/// <summary>
/// One table of pairs on the 预算执行 page, with where its figures come from and its chart, which links back to it.
/// </summary>
public sealed record ExecutionTableView(
    string Id,
    string Caption,
    string UnitText,
    IReadOnlyList<LinkItem> Sources,
    IReadOnlyList<string> Headers,
    IReadOnlyList<ExecutionRowView> Rows,
    GroupedBarChart? Chart,
    string? Note);
