namespace BudgetSiteGen.Model;

/// <summary>
/// A column of figures. <see cref="Groups"/> are the spanning headers above it, outermost first;
/// <see cref="RoleName"/> keeps the written role, which matters for 'x-' custom roles.
/// </summary>
public sealed record AmountColumn(string Label, FigureRole Role, string RoleName, IReadOnlyList<string> Groups)
{
    /// <summary>What the column's figures are of, when the column is a thing (因公出国（境）费) rather than a measure.</summary>
    public FigureRole Item { get; init; } = FigureRole.None;

    /// <summary>A column of percentages (完成率) rather than money: never converted, summed or compared as an amount.</summary>
    public bool IsPercent { get; init; }
}
