namespace BudgetSiteGen.ViewModels.Execution;

/// <summary>
/// A thing with budget figures and an actual figure: a row of a table, an item (因公出国（境）费) or a classification code.
/// <see cref="Budgets"/> follows its group's budget kinds; the rate is taken against the last, the budget in force at the
/// end of the year (全年预算数 after 年初预算数). <see cref="PrintedRate"/> is a 完成率 the table itself prints.
/// </summary>
public sealed record BudgetActualPair(string Label, string? Code, int Level, bool IsTotal, IReadOnlyList<PairFigure> Budgets, PairFigure Actual)
{
    public PairFigure? PrintedRate { get; init; }

    public decimal? Rate => Budgets.Count == 0 ? null : ExecutionRate.Of(Budgets[^1].Amount, Actual.Amount);
}
