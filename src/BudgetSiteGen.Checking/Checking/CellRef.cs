using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>A cell of a table in a department-year, able to say where it is and what it holds.</summary>
public sealed record CellRef(BudgetTable Table, TableSection Section, int Row, int Column)
{
    public decimal? Value => Section.Rows[Row].Values[Column];

    /// <summary>The unit the cell is printed in: its table's.</summary>
    public MoneyUnit Unit => Table.Unit;

    /// <summary>A cell the source does not let anyone read: no check may use it, and saying so is the check's job.</summary>
    public bool IsUnreadable => Section.Rows[Row].IsUnreadable(Column);

    /// <summary>The value expressed in <paramref name="unit"/>, exactly.</summary>
    public decimal? ValueIn(MoneyUnit unit) => Value is { } v ? Unit.Convert(v, unit) : null;

    public TableRow RowData => Section.Rows[Row];

    public AmountColumn ColumnData => Section.Columns[Column];

    public FindingLocation Location => new(
        LocationKind.TableCell,
        Describe(),
        Table.Number,
        Section.PlaceId,
        Row,
        Column);

    public Phrase Describe()
    {
        var section = Section.Title is null ? Phrase.Data(string.Empty) : Phrase.Of("audit_section", ("title", Section.Title));
        var row = RowData.Code is { } code ? Phrase.Data($"{code} {RowData.Name}") : RowData.Name.Length > 0 ? Phrase.Data(RowData.Name) : Phrase.Of("audit_only_row");
        var column = ColumnData.Groups.Count > 0 ? $"{string.Join("/", ColumnData.Groups)}/{ColumnData.Label}" : ColumnData.Label;
        return Phrase.Of("audit_cell", ("table", TableName(Table)), ("section", section), ("row", row), ("column", column));
    }

    /// <summary>A table as a reader finds it: its label (表5), else its number.</summary>
    public static Phrase TableName(BudgetTable table) =>
        table.Label is { } label ? Phrase.Data(label) : Phrase.Of("audit_table_number", (nameof(table), table.Number));

    /// <summary>A table by its label, else its printed title.</summary>
    public static Phrase LabelOrTitle(BudgetTable table) => Phrase.Data(table.Label ?? table.Title);

    public static IEnumerable<CellRef> AllInColumn(BudgetTable table, TableSection section, int column) =>
        Enumerable.Range(0, section.Rows.Count).Select(row => new CellRef(table, section, row, column));
}
