using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Execution;

/// <summary>
/// One side of a budget-and-actual pair as found in a report: an amount in its unit, a blank (null), a cell that could not
/// be read, or nothing of the kind in that report at all (a code the other report does not have).
/// </summary>
public sealed record PairFigure(decimal? Amount, MoneyUnit Unit, bool Unreadable = false, bool Absent = false)
{
    public static PairFigure Missing(MoneyUnit unit) => new(null, unit, Absent: true);

    /// <summary>
    /// The figure in another unit; both units are powers of ten of 元, so the result is exact. It shows as many decimals
    /// as the exact value needs, and no fewer than it was printed with where the new unit allows: 1,050,000.00 元 is
    /// 105.00 万元, 91,016,775.35 元 is 9,101.677535 万元, 2,940.05 万元 is 29,400,500 元.
    /// </summary>
    public PairFigure In(MoneyUnit unit)
    {
        if (Amount is not { } amount || unit == Unit)
        {
            return this with { Unit = unit };
        }

        var printed = (decimal.GetBits(amount)[3] >> 16) & 0xFF;
        var shown = Math.Min(printed, Unit.DecimalsIn(printed, unit));
        var exact = Unit.Convert(amount, unit) / 1.000000000000000000000000000000000m;
        return this with { Amount = exact + new decimal(0, 0, 0, false, (byte)shown), Unit = unit };
    }

    /// <summary>The cell of a table row, with its unreadable mark.</summary>
    public static PairFigure Cell(BudgetTable table, TableRow row, int column) =>
        new(column < row.Values.Count ? row.Values[column] : null, table.Unit, row.IsUnreadable(column));
}
