using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model.Layouts;

namespace BudgetSiteGen.Validation;

/// <summary>
/// What a layout says the headers and row names of one table mean: first the table's own list, then the layout's
/// general vocabulary. Without a layout nothing is known and every column must state its role.
/// </summary>
public sealed class HeaderRoles(Scalars scalars, LayoutTable? table, ReportLayout? layout)
{
    public HeaderMeaning? Column(string label, IReadOnlyList<string> groups) =>
        table?.Columns.FirstOrDefault(m => m.Matches(label, groups)) ?? layout?.Headers.FirstOrDefault(m => m.Matches(label, groups));

    public HeaderMeaning? Row(string name)
    {
        var plain = PrintedName.WithoutOrdinal(name);
        return table?.Rows.FirstOrDefault(m => HeaderText.Same(m.Label, plain) || HeaderText.Same(m.Label, name))
            ?? layout?.RowNames.FirstOrDefault(m => HeaderText.Same(m.Label, plain) || HeaderText.Same(m.Label, name));
    }

    /// <summary>A column without a role whose header the layout does not know either: the role must be written.</summary>
    public void ReportUnknownColumn(Fields fields, string label, string where)
    {
        if (layout is null)
        {
            fields.Required("role", "what the column means, such as total or basic");
            return;
        }

        var at = fields.Node;
        scalars.Sink.Error(DiagnosticCodes.UnknownHeader, at.Line, at.Column,
            $"column '{label}' of {where} has no role, and layout '{layout.Id}' does not know this header.",
            "a 'role' for the column (see docs/data-format.md), or the header added to the layout");
    }
}
