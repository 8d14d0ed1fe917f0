namespace BudgetSiteGen.ViewModels.Execution;

/// <summary>One pair as a table row: its row header (code and name) and its figures in column order.</summary>
public sealed record ExecutionRowView(string Label, string? Code, string CssClass, string? HiddenPrefix, IReadOnlyList<ExecutionCellView> Cells);
