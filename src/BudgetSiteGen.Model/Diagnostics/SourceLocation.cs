namespace BudgetSiteGen.Diagnostics;

/// <summary>
/// A place in a content file. Line and column are 1-based; columns count characters, not bytes. In a workbook the
/// place is a cell of a sheet: <see cref="Sheet"/> names the sheet, and line and column are the cell's row and column.
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public string? Sheet { get; init; }

    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <summary>A cell of a workbook's sheet; <paramref name="row"/> and <paramref name="column"/> are 0-based.</summary>
    public static SourceLocation InSheet(string file, string sheet, int row, int column) => new(file, row + 1, column + 1) { Sheet = sheet };

    /// <summary>As compilers print a place (file:line:column), and as spreadsheets name a cell (book.xlsx!Sheet!C12).</summary>
    public override string ToString() => Sheet is null
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}")
        : $"{File}!{QuotedSheet(Sheet)}!{ColumnName(Column)}{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private static string QuotedSheet(string sheet) =>
        sheet.Any(c => char.IsWhiteSpace(c) || c is '!' or '\'') ? "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'" : sheet;

    /// <summary>A spreadsheet's name of a 1-based column: A, B, … Z, AA.</summary>
    public static string ColumnName(int column)
    {
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
