namespace BudgetSiteGen.ViewModels.Tables;

public sealed record BodyRow(int Index, string CssClass, IReadOnlyList<BodyCell> Cells);
