namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>
/// A figure in the comparison. Absent means the department-year has no such item at all (a code it does
/// not list), which is not the same as a blank or a zero.
/// </summary>
public sealed record ComparisonCell(string ColumnId, string Text, string? Share, string? Change, bool IsBlank, bool IsAbsent);
