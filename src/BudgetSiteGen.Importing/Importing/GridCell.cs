namespace BudgetSiteGen.Importing;

/// <summary>
/// One cell as the workbook stores it: a double for numbers (Excel keeps no decimals), a string for text, and the
/// number format the cell is shown with, which says how many decimals the printed figure has, and the indentation its
/// alignment gives it (see <see cref="XlsxIndents"/>).
/// </summary>
public sealed record GridCell(object Value, string? NumberFormat, int Indent = 0)
{
    public string? Text => Value switch
    {
        string text => text,
        _ => null,
    };

    public bool IsBlank => Value is string text && string.IsNullOrWhiteSpace(text);
}
