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
    IReadOnlyList<decimal?> Values);
