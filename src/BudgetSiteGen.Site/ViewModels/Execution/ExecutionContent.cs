namespace BudgetSiteGen.ViewModels.Execution;

/// <summary>
/// The 预算执行 page of a final-accounts report: the budget and actual figures the report prints itself, and, when the
/// site has the department's budget of the same year, the two reports paired.
/// </summary>
public sealed record ExecutionContent(
    IReadOnlyList<ExecutionTableView> WithinReport,
    LinkItem? PairedBudget,
    string PairedHeading,
    string PairedIntro,
    IReadOnlyList<ExecutionTableView> Paired);
