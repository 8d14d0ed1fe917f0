using BudgetSiteGen.Formatting;
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

    public string Show() =>
        IsUnreadable ? "无法辨认" : Amount is { } money ? AmountText.WithUnit(money) : Percent is { } p ? AmountText.Format(p) + "%" : "空白";
}
