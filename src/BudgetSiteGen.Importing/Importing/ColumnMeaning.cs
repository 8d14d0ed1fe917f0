using System.Text.RegularExpressions;
using BudgetSiteGen.Model;
using BudgetSiteGen.Model.Layouts;

namespace BudgetSiteGen.Importing;

/// <summary>
/// What a column header means in the layout: first the table's own columns, then the layout's vocabulary, as
/// <c>check</c> reads a data file. Headers printed with the year ("2024年合计") mean what they mean without it, and a
/// header that is only the year ("2024年") is the block's amount.
/// </summary>
public static partial class ColumnMeaning
{
    public static (string Role, string? Item)? Find(string label, IReadOnlyList<string> groups, LayoutTable? table, ReportLayout layout)
    {
        if (Lookup(label, groups, table, layout) is { } meaning)
        {
            return meaning;
        }

        var withoutYear = Year().Replace(label, string.Empty);
        if (withoutYear.Length == 0)
        {
            return ("amount", null);
        }

        return withoutYear != label ? Lookup(withoutYear, groups, table, layout) : null;
    }

    private static (string Role, string? Item)? Lookup(string label, IReadOnlyList<string> groups, LayoutTable? table, ReportLayout layout)
    {
        var meaning = table?.Columns.FirstOrDefault(m => m.Matches(label, groups)) ?? layout.Headers.FirstOrDefault(m => m.Matches(label, groups));
        if (meaning is null)
        {
            return null;
        }

        var item = meaning.Item == FigureRole.None ? null : WireNames.NameOf(meaning.Item);
        return (meaning.RoleName, item);
    }

    [GeneratedRegex(@"^\d{4}年")]
    private static partial Regex Year();
}
