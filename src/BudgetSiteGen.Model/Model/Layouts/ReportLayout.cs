namespace BudgetSiteGen.Model.Layouts;

/// <summary>
/// A province's (or the national) set of tables for one kind of report: which table each printed number is, its
/// title, and what its printed headers mean. Layouts are data (layouts/*.yaml, and content/layouts/ for your own),
/// so adding a province needs a file, not code. See docs/layouts.md.
/// </summary>
public sealed record ReportLayout(
    string Id,
    string Name,
    ReportKind Kind,
    MoneyUnit? Unit,
    IReadOnlyList<LayoutTable> Tables,
    IReadOnlyList<HeaderMeaning> Headers,
    IReadOnlyList<HeaderMeaning> RowNames,
    string Source)
{
    public LayoutTable? TableNumbered(int number) => Tables.FirstOrDefault(table => table.Number == number);
}
