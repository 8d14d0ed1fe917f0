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

    /// <summary>The printed label and title together ("预算公开表3 2024年预算支出总表"), as pages and downloads name the table.</summary>
    public string FullTitle => Label is null ? Title : $"{Label} {Title}";
}
