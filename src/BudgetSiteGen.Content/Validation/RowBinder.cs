using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Validation;

/// <summary>
/// Binds the rows of one table section: the classification code (joined, or in the 类/款/项 parts a layout prints),
/// the printed name, the row's role, and one exact value per column — a blank (~), an amount, or "?" for a cell the
/// source does not let anyone read.
/// </summary>
public sealed class RowBinder(Scalars scalars, TableBinder roles, HeaderRoles headers)
{
    /// <summary>How a cell that could not be read is written in the data.</summary>
    public const string UnreadableMark = "?";

    public List<TableRow>? BindRows(DataNode? node, string where, IReadOnlyList<StubColumn> stub, IReadOnlyList<AmountColumn> columns, MoneyUnit unit, int decimals)
    {
        var rows = new List<TableRow>();
        if (node is null)
        {
            return rows;
        }

        if (scalars.Sequence(node, $"the rows of {where}") is not { } list)
        {
            return null;
        }

        var named = stub.Count == 0 || stub.Any(column => column.Field == StubField.Name);
        var ok = true;
        foreach (var item in list.Items)
        {
            var row = BindRow(item, where, named && stub.Count > 0, columns, unit, decimals);
            if (row is null)
            {
                ok = false;
                continue;
            }

            rows.Add(row);
        }

        return ok ? rows : null;
    }

    private TableRow? BindRow(DataNode node, string where, bool nameRequired, IReadOnlyList<AmountColumn> columns, MoneyUnit unit, int decimals)
    {
        if (scalars.Mapping(node, $"a row of {where}") is not { } map)
        {
            return null;
        }

        var fields = new Fields(map, $"a row of {where}", scalars.Sink, "code", "name", "class", "level", "role", "values");
        var nameNode = fields.Optional("name");
        var name = scalars.Text(nameNode, "a row name");
        if (nameRequired && nameNode is null)
        {
            // A dedicated code rather than a plain missing field: the fix may be the stub, not the row.
            scalars.Sink.Error(DiagnosticCodes.MissingRowName, map.Line, map.Column,
                $"a row of {where} has no name, but the table prints a name column.",
                "the row's printed 'name'; only a section whose stub has no name column (stub: [], as for a single unlabelled row of figures) may leave it out");
        }

        var rowWhere = name is null ? $"a row of {where}" : $"row '{name}' of {where}";
        var code = BindCode(fields.Optional("code"), rowWhere);
        var levelNode = fields.Optional("level");
        var level = scalars.Integer(levelNode, $"the level of {rowWhere}", 1, 6);
        if (code is not null && level is not null && level != code.Value.Level)
        {
            scalars.Sink.Error(DiagnosticCodes.LevelConflict, levelNode!.Line, levelNode.Column,
                $"{rowWhere} has code {code} (level {code.Value.Level}) but says level {level}.",
                "no level on a row with a code: the code's length gives it");
        }

        var roleNode = fields.Optional("role");
        var (role, _) = roles.BindRole(roleNode, $"the role of {rowWhere}");
        if (roleNode is null && name is not null && code is null && headers.Row(name) is { } meaning)
        {
            role = meaning.Role;
        }

        var values = BindValues(fields.Optional("values"), map, rowWhere, columns, unit, decimals);
        if ((nameRequired && name is null) || values is null)
        {
            return null;
        }

        return new TableRow(code, name ?? string.Empty, scalars.Text(fields.Optional("class"), "a row class"), code?.Level ?? level ?? 1, role, values.Values)
        {
            Unreadable = values.Unreadable,
        };
    }

    private ClassificationCode? BindCode(DataNode? node, string where)
    {
        if (node is SequenceNode parts)
        {
            return BindCodeParts(parts, where);
        }

        var text = scalars.Text(node, $"the code of {where}");
        if (text is null)
        {
            return null;
        }

        if (ClassificationCode.IsValid(text))
        {
            return new ClassificationCode(text);
        }

        scalars.Sink.Error(DiagnosticCodes.InvalidClassificationCode, node!.Line, node.Column,
            $"'{text}' is not a valid classification code (in {where}).",
            "a 政府收支分类科目 code of 3, 5 or 7 digits, such as \"208\", \"20811\" or \"2081104\", or its printed parts [\"208\", \"11\", \"04\"]");
        return null;
    }

    /// <summary>A code printed in separate 类, 款 and 项 columns: 3 digits, then 2, then 2.</summary>
    private ClassificationCode? BindCodeParts(SequenceNode node, string where)
    {
        var parts = node.Items.Select(item => scalars.Text(item, $"a part of the code of {where}")).ToList();
        var valid = parts.Count is >= 1 and <= 3
            && parts.All(part => part is not null && part.All(char.IsAsciiDigit))
            && parts[0]!.Length == 3
            && parts.Skip(1).All(part => part!.Length == 2);
        if (valid)
        {
            return new ClassificationCode(string.Concat(parts));
        }

        scalars.Sink.Error(DiagnosticCodes.InvalidCodeParts, node.Line, node.Column,
            $"the code parts [{string.Join(", ", parts.Select(p => p is null ? "?" : $"\"{p}\""))}] of {where} do not make a classification code.",
            "the printed 类, 款 and 项 as quoted digits: 3 digits, then 2, then 2, such as [\"201\", \"03\", \"01\"]");
        return null;
    }

    private RowValues? BindValues(DataNode? node, MappingNode row, string where, IReadOnlyList<AmountColumn> columns, MoneyUnit unit, int decimals)
    {
        if (node is null)
        {
            if (columns.Count > 0)
            {
                scalars.Sink.Error(DiagnosticCodes.ValueCountMismatch, row.Line, row.Column,
                    $"{where} has no values.", $"'values' with {columns.Count} entries, one per column (~ for a blank cell)");
                return null;
            }

            return new RowValues([], new HashSet<int>());
        }

        if (scalars.Sequence(node, $"the values of {where}") is not { } list)
        {
            return null;
        }

        if (list.Items.Count != columns.Count)
        {
            var split = ThousandsSeparator.FirstIn(list.Items);
            scalars.Sink.Error(DiagnosticCodes.ValueCountMismatch, list.Line, list.Column,
                $"{where} has {list.Items.Count} values but the table has {columns.Count} columns" + (split is null ? "." : ThousandsSeparator.Hint(split) + "."),
                $"{columns.Count} values, one per column, ~ for a blank cell" + (split is null ? string.Empty : "; write " + ThousandsSeparator.Fix(split)));
            return null;
        }

        var values = new List<decimal?>(columns.Count);
        var unreadable = new HashSet<int>();
        var ok = true;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            if (item is ScalarNode { IsQuoted: true, Text: UnreadableMark })
            {
                unreadable.Add(i);
                values.Add(null);
                continue;
            }

            var amount = columns[i].IsPercent
                ? new Amount(scalars.Quantity(item, $"a percentage of {where}"), true)
                : scalars.Amount(item, $"a value of {where}", decimals, unit);
            ok &= amount.IsValid;
            values.Add(amount.Value);
        }

        return ok ? new RowValues(values, unreadable) : null;
    }

    private sealed record RowValues(List<decimal?> Values, IReadOnlySet<int> Unreadable);
}
