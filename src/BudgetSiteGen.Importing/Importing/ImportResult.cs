using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Importing;

/// <summary>
/// What an import found: the tables read from every sheet, the data file written from them (null when any error
/// was found), and every diagnostic of every workbook.
/// </summary>
public sealed record ImportResult(IReadOnlyList<ImportedTable> Tables, string? DataFile, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => DataFile is not null;
}
