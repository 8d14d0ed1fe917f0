using System.Globalization;

namespace BudgetSiteGen.Importing;

/// <summary>A cell of a sheet, 0-based inside the program and printed the way spreadsheets name it (C12).</summary>
public readonly record struct CellAddress(int Row, int Column)
{
    public override string ToString() => BudgetSiteGen.Diagnostics.SourceLocation.ColumnName(Column + 1) + (Row + 1).ToString(CultureInfo.InvariantCulture);
}
