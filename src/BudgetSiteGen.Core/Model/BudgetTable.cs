namespace BudgetSiteGen.Model;

/// <summary>A published table: its printed number, label and title, its well-known type and its sections.</summary>
public sealed record BudgetTable(
    int Number,
    string? Label,
    TableType Type,
    string TypeName,
    string Title,
    MoneyUnit Unit,
    int Decimals,
    bool CodesPrinted,
    bool NoData,
    string? Note,
    IReadOnlyList<TableSection> Sections)
{
    public IEnumerable<TableRow> AllRows => Sections.SelectMany(section => section.Rows);
}
