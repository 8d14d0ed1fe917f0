using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Execution;

/// <summary>
/// One side of a budget-and-actual pair as found in a report: an amount in its unit, a blank (null), a cell that could not
/// be read, or nothing of the kind in that report at all (a code the other report does not have).
/// </summary>
public sealed record PairFigure(decimal? Amount, MoneyUnit Unit, bool Unreadable = false, bool Absent = false)
{
    public static PairFigure Missing(MoneyUnit unit) => new(null, unit, Absent: true);

    /// <summary>The figure in another unit; both units are powers of ten of 元, so the result is exact.</summary>
    public PairFigure In(MoneyUnit unit) => Amount is { } amount ? this with { Amount = Unit.Convert(amount, unit), Unit = unit } : this with { Unit = unit };

    /// <summary>The cell of a table row, with its unreadable mark.</summary>
    public static PairFigure Cell(BudgetTable table, TableRow row, int column) =>
        new(column < row.Values.Count ? row.Values[column] : null, table.Unit, row.IsUnreadable(column));
}
