namespace BudgetSiteGen.Model;

/// <summary>
/// One row of a table. <see cref="Values"/> has one entry per amount column; null is a blank cell,
/// which is not the same as 0. <see cref="Level"/> comes from the code when there is one.
/// </summary>
public sealed record TableRow(
    ClassificationCode? Code,
    string Name,
    string? Class,
    int Level,
    FigureRole Role,
    IReadOnlyList<decimal?> Values)
{
    private static readonly IReadOnlySet<int> None = new HashSet<int>();

    /// <summary>
    /// Columns whose cell could not be read from the source ("?" in the data). Their value is null, but unlike a
    /// blank they are shown as unreadable and every check that needs them says it could not run.
    /// </summary>
    public IReadOnlySet<int> Unreadable { get; init; } = None;

    public bool IsUnreadable(int column) => Unreadable.Contains(column);
}
