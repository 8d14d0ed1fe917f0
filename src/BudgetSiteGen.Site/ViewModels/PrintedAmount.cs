using BudgetSiteGen.Checking;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels;

/// <summary>
/// What a report prints for one figure a page shows: an amount in its unit, a blank cell (which is not 0), a cell
/// no one could read, or nothing at all because the report does not list the figure (the default).
/// </summary>
public readonly record struct PrintedAmount(Money? Amount, bool IsUnreadable, bool IsListed)
{
    public static PrintedAmount NotListed => default;

    public static PrintedAmount Blank => new(null, false, true);

    public static PrintedAmount Unreadable => new(null, true, true);

    public static PrintedAmount Of(Money money) => new(money, false, true);

    public static PrintedAmount Of(CellRef cell) =>
        cell.IsUnreadable ? Unreadable : cell.Value is { } value ? Of(new Money(value, cell.Unit)) : Blank;

    /// <summary>The sum of printed cells: unreadable if any is, blank if all are.</summary>
    public static PrintedAmount Sum(IReadOnlyList<CellRef> cells, MoneyUnit unit)
    {
        if (cells.Count == 0)
        {
            return NotListed;
        }

        if (cells.Any(c => c.IsUnreadable))
        {
            return Unreadable;
        }

        var amounts = cells.Where(c => c.Value is not null).Select(c => new Money(c.Value!.Value, c.Unit)).ToList();
        return amounts.Count == 0 ? Blank : Of(Money.Sum(amounts, unit)!.Value);
    }

    /// <summary>The amount in <paramref name="unit"/>, exactly; a blank, unreadable or unlisted figure stays what it is.</summary>
    public PrintedAmount In(MoneyUnit unit) => Amount is { } money ? Of(money.In(unit)) : this;
}
