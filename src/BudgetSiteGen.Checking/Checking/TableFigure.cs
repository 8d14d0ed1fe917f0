using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// A figure the tables print, for comparing with what a text states: one cell, or the sum of a table's blocks
/// (人员经费合计 + 公用经费合计 make a 决算 table's basic expenditure).
/// </summary>
public sealed record TableFigure(decimal? Value, MoneyUnit Unit, int Decimals, FindingLocation Location, Phrase Description, bool Unreadable)
{
    public static TableFigure Of(CellRef cell) =>
        new(cell.Value, cell.Unit, cell.Table.Decimals, cell.Location, cell.Describe(), cell.IsUnreadable);

    public static TableFigure? Of(IReadOnlyList<CellRef> cells)
    {
        if (cells.Count == 0)
        {
            return null;
        }

        if (cells.Count == 1)
        {
            return Of(cells[0]);
        }

        var table = cells[0].Table;
        var present = cells.Select(c => c.Value).OfType<decimal>().ToList();
        var description = Phrase.Of("audit_table_blocks_sum", ("table", table.Label ?? table.Title));
        return new TableFigure(present.Count == 0 ? null : present.Sum(), table.Unit, table.Decimals,
            new FindingLocation(LocationKind.Table, description, table.Number), description, cells.Any(c => c.IsUnreadable));
    }

    public decimal? ValueIn(MoneyUnit unit) => Value is { } v ? Unit.Convert(v, unit) : null;
}
