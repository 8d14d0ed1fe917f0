using System.Globalization;

namespace BudgetSiteGen.Exporting;

/// <summary>A1-style cell references: column 1 is A, 27 is AA.</summary>
public static class CellAddress
{
    public static string Column(int column)
    {
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    public static string Of(int row, int column) => Column(column) + row.ToString(CultureInfo.InvariantCulture);
}
