namespace BudgetSiteGen.Model;

/// <summary>
/// One block of a table. Most tables have one; tables printed side by side (收入 | 支出) have one
/// per side. <see cref="Id"/> is null for a single-section table.
/// </summary>
public sealed record TableSection(
    string? Id,
    string? Title,
    IReadOnlyList<StubColumn> Stub,
    IReadOnlyList<AmountColumn> Columns,
    IReadOnlyList<TableRow> Rows);
