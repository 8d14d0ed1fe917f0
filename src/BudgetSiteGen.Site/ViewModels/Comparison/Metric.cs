using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>
/// One comparable figure, with its label and where it comes from (shown to readers and documented in
/// docs/comparison.md). It is money read from the report (<see cref="Amount"/>, shown in the page's unit), a count
/// with its own unit (<see cref="Count"/>: people, projects, vehicles, square metres), or money per active staff
/// member (<see cref="PerStaffOf"/>, computed on the page from the converted amount).
/// </summary>
public sealed record Metric(string Key, string Label, string Source)
{
    public Func<DepartmentYear, PrintedAmount>? Amount { get; init; }

    public Func<DepartmentYear, decimal?>? Count { get; init; }

    public string? CountUnit { get; init; }

    /// <summary>The key of the amount metric divided by 在职人员.</summary>
    public string? PerStaffOf { get; init; }

    /// <summary>The key of the amount metric this one is shown as a share of; null when a share would mean nothing.</summary>
    public string? ShareOf { get; init; }

    public bool IsComputed => PerStaffOf is not null;
}
