namespace BudgetSiteGen.Model;

/// <summary>
/// One block of a table. Most tables have one; tables printed side by side (收入 | 支出) have one
/// per side. <see cref="Id"/> is null for a single-section table. <see cref="Role"/> says what a block's
/// figures are when the blocks split them (人员经费 | 公用经费 in a 决算 basic-expenditure table).
/// </summary>
public sealed record TableSection(
    string? Id,
    string? Title,
    IReadOnlyList<StubColumn> Stub,
    IReadOnlyList<AmountColumn> Columns,
    IReadOnlyList<TableRow> Rows)
{
    public FigureRole Role { get; init; } = FigureRole.None;

    /// <summary>The name a place in the block goes by on pages and in findings: its id, or "main" for a single block.</summary>
    public string PlaceId => Id ?? "main";
}
