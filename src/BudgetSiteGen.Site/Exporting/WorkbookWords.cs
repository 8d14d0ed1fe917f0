using BudgetSiteGen.Model;
using BudgetSiteGen.ViewModels;

namespace BudgetSiteGen.Exporting;

/// <summary>
/// The words a reader sees in an exported workbook, taken from the theme's strings so that the workbook speaks
/// the site's language: the unit line, the no-data statement, the mark of an unreadable cell and the source lines.
/// </summary>
public sealed class WorkbookWords(UiText text)
{
    public string SheetName(BudgetTable table) =>
        text.Format("workbook_sheet_name", table.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), table.Title);

    public string Unit(MoneyUnit unit) => text.Format("unit_label", unit.Symbol());

    public string NoData => text.Get("no_data");

    public string Unreadable => text.Get("unreadable_cell");

    public string UnreadableNote => text.Get("unreadable_note");

    /// <summary>The heading of a label column the table prints without one (a bare list of names).</summary>
    public string ItemColumn => text.Get("table_item");

    /// <summary>What tells a table's side-by-side blocks apart when the block has no printed title.</summary>
    public string BlockName(TableSection section, int index) =>
        section.Title
        ?? (section.Role != FigureRole.None && text.All.TryGetValue("block_" + WireNames.NameOf(section.Role), out var named)
            ? named
            : text.Format("block_number", (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public string Source(SourceCitation source) => text.Format("workbook_source", source.Title, source.Publisher);

    public string SourceUrl(string url) => text.Format("workbook_source_url", url);

    public string SourceDocument(string document) => text.Format("workbook_source_document", document);

    public string SourceSha256(string sha256) => text.Format("workbook_source_sha256", sha256);

    public string DataVersion(string version) => text.Format("workbook_data_version", version);
}
