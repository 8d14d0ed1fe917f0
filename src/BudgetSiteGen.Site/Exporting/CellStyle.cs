namespace BudgetSiteGen.Exporting;

/// <summary>
/// One cell format of the workbook. <see cref="Decimals"/> is the table's printed decimal places for amounts,
/// <see cref="Indent"/> the indentation of a row name by its level, <see cref="Bold"/> marks total rows.
/// </summary>
public readonly record struct CellStyle(CellLook Look, int Decimals = 0, int Indent = 0, bool Bold = false);
