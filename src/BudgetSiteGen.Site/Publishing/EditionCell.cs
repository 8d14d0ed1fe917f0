using BudgetSiteGen.Model;

namespace BudgetSiteGen.Publishing;

/// <summary>
/// A table cell of one edition as the comparison of editions sees it: an amount with its table's unit (or a
/// percentage), a blank, or a cell that could not be read.
/// </summary>
public readonly record struct EditionCell(Money? Amount, decimal? Percent, bool IsUnreadable)
{
    public static EditionCell Blank => default;

    public static EditionCell Of(BudgetTable table, TableRow row, int column, AmountColumn header) =>
        row.IsUnreadable(column) ? new EditionCell(null, null, true)
        : row.Values[column] is not { } value ? Blank
        : header.IsPercent ? new EditionCell(null, value, false)
        : new EditionCell(new Money(value, table.Unit), null, false);

    /// <summary>The same figure, whatever unit each edition prints it in.</summary>
    public bool SameAs(EditionCell other) =>
        IsUnreadable == other.IsUnreadable && Percent == other.Percent
        && (Amount, other.Amount) switch
        {
            (null, null) => true,
            ({ } a, { } b) => a.Amount == b.In(a.Unit).Amount,
            _ => false,
        };

    public Phrase Show() =>
        IsUnreadable ? Phrase.Of("edition_unreadable")
        : Amount is { } money ? Phrase.Of("audit_amount", ("amount", money.Amount), ("unit", Phrase.Unit(money.Unit)))
        : Percent is { } p ? Phrase.Of("edition_percent", ("percent", p))
        : Phrase.Of("audit_blank");
}
