namespace BudgetSiteGen.ViewModels.Tables;

/// <summary>
/// One header cell of a possibly multi-level table header. Spans are null when 1, so the template
/// writes the attribute only when it matters.
/// </summary>
public sealed record HeaderCell(string Id, string Text, string? ColSpan, string? RowSpan, string Scope, string CssClass);
