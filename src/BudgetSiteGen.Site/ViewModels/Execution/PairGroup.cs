using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Execution;

/// <summary>
/// Pairs shown together in one table of the 预算执行 page, all in <see cref="Unit"/>. <see cref="BudgetKinds"/> names the
/// budget columns (预算数, 年初预算数, 全年预算数 …); <see cref="Sources"/> are the tables the figures were read from.
/// </summary>
public sealed record PairGroup(
    string Id,
    string Title,
    MoneyUnit Unit,
    IReadOnlyList<FigureRole> BudgetKinds,
    IReadOnlyList<BudgetActualPair> Pairs,
    IReadOnlyList<PairSource> Sources)
{
    public bool HasPrintedRate => Pairs.Any(p => p.PrintedRate is not null);
}
