namespace BudgetSiteGen.Importing;

/// <summary>One block of a sheet's table; tables printed side by side (收入 | 支出) have one per side.</summary>
public sealed record ImportedSection(string? Id, string? Title, string? RoleName,
    IReadOnlyList<ImportedStubColumn> Stub, IReadOnlyList<ImportedAmountColumn> Columns, IReadOnlyList<ImportedRow> Rows);
