using BudgetSiteGen.Model;
using BudgetSiteGen.Model.Layouts;

namespace BudgetSiteGen.Disclosure;

/// <summary>What an item is judged on: the report, and the layout it names (which says which tables it must publish).</summary>
public sealed record DisclosureSubject(DepartmentYear Year, ReportLayout? Layout)
{
    public ReportKind Kind => Year.Report.Kind;

    /// <summary>The narrative section with this id, when the report prints it with some text.</summary>
    public NarrativeItem? Section(string id) =>
        Year.Narrative.FirstOrDefault(item => item.Id == id && !string.IsNullOrWhiteSpace(item.Body));

    /// <summary>The evidence line naming a section as printed ("三、“三公”经费增减变动原因说明").</summary>
    public static DisclosureNote SectionNote(string key, NarrativeItem item) =>
        new(key, [item.Number is null ? item.Title : $"{item.Number}、{item.Title}"]) { Section = item.Id };

    /// <summary>The evidence line naming a table as printed.</summary>
    public static DisclosureNote TableNote(string key, BudgetTable table) =>
        new(key, [table.FullTitle]) { Table = table.Number };
}
