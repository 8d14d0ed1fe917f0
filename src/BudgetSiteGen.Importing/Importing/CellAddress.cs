using System.Globalization;

namespace BudgetSiteGen.Importing;

/// <summary>A cell of a sheet, 0-based inside the program and printed the way spreadsheets name it (C12).</summary>
public readonly record struct CellAddress(int Row, int Column)
{
    public override string ToString() => BudgetSiteGen.Diagnostics.SourceLocation.ColumnName(Column + 1) + (Row + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a reference such as C12 as a workbook's XML writes it.</summary>
    public static bool TryParse(string reference, out CellAddress address)
    {
        address = default;
        var letters = 0;
        var column = 0;
        while (letters < reference.Length && letters < 3 && reference[letters] is >= 'A' and <= 'Z')
        {
            column = (column * 26) + (reference[letters] - 'A' + 1);
            letters++;
        }

        if (letters == 0 || !int.TryParse(reference.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1)
        {
            return false;
        }

        address = new CellAddress(row - 1, column - 1);
        return true;
    }
}
