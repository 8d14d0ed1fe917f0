namespace BudgetSiteGen.Model.Layouts;

/// <summary>
/// One table of a layout: its printed number and title, its type, whether the disclosure rules require it, and the
/// meaning of the headers it prints (which take precedence over the layout's general vocabulary).
/// </summary>
public sealed record LayoutTable(
    int Number,
    TableType Type,
    string TypeName,
    string Title,
    bool Required,
    IReadOnlyList<HeaderMeaning> Columns,
    IReadOnlyList<HeaderMeaning> Rows);
