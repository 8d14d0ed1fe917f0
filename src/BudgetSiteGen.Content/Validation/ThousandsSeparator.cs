using System.Text.RegularExpressions;
using BudgetSiteGen.Loading;

namespace BudgetSiteGen.Validation;

/// <summary>
/// Recognises a number written with thousands separators that YAML or JSON split at its commas: in a list,
/// "[1,806.23]" is the two values 1 and 806.23; in a mapping, "{ total: 190,000 }" is total: 190 and a field
/// named 000. Both then fail for a reason that hides the cause, so the diagnostic says what it probably was.
/// </summary>
public static partial class ThousandsSeparator
{
    /// <summary>The number as written ("1,806.23") when the nodes from <paramref name="start"/> on are its pieces, or null.</summary>
    public static string? Joined(IReadOnlyList<DataNode> nodes, int start)
    {
        if (start >= nodes.Count || nodes[start] is not ScalarNode { IsQuoted: false } first || !LeadPattern().IsMatch(first.Text))
        {
            return null;
        }

        var text = first.Text;
        var previous = first;
        for (var i = start + 1; i < nodes.Count && Follows(previous, nodes[i]) is { } group; i++)
        {
            text += "," + group.Text;
            previous = group;
            if (group.Text.Contains('.', StringComparison.Ordinal))
            {
                break;
            }
        }

        return previous == first ? null : text;
    }

    /// <summary>The first number in <paramref name="nodes"/> that was split at its thousands separators, or null.</summary>
    public static string? FirstIn(IReadOnlyList<DataNode> nodes)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (Joined(nodes, i) is { } number)
            {
                return number;
            }
        }

        return null;
    }

    /// <summary>What a diagnostic adds when <paramref name="number"/> was split: the likely cause and the fix.</summary>
    public static string Hint(string number) =>
        $"; thousands separator? {number} is read as {number.Split(',').Length} separate numbers";

    public static string Fix(string number) => $"{number.Replace(",", string.Empty, StringComparison.Ordinal)} (amounts are written without thousands separators)";

    /// <summary>The group that directly follows <paramref name="previous"/> after a comma, with no space, on the same line.</summary>
    private static ScalarNode? Follows(ScalarNode previous, DataNode next) =>
        next is ScalarNode { IsQuoted: false } group && group.Line == previous.Line && group.Column == previous.Column + previous.Text.Length + 1
            && GroupPattern().IsMatch(group.Text) && !previous.Text.Contains('.', StringComparison.Ordinal)
            ? group
            : null;

    [GeneratedRegex(@"\A-?[0-9]{1,3}\z")]
    private static partial Regex LeadPattern();

    [GeneratedRegex(@"\A[0-9]{3}(\.[0-9]+)?\z")]
    private static partial Regex GroupPattern();
}
