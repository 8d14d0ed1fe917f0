using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Validation;

/// <summary>Binds one table: its type, header, columns with roles and rows with codes and exact values.</summary>
public sealed class TableBinder(Scalars scalars)
{
    private const int DefaultDecimals = 2;

    public BudgetTable? Bind(DataNode node, MoneyUnit reportUnit)
    {
        if (scalars.Mapping(node, "a table") is not { } mapping)
        {
            return null;
        }

        var fields = new Fields(mapping, "a table", scalars.Sink,
            "number", "label", "type", "title", "unit", "decimals", "codes_printed", "no_data", "note", "stub", "columns", "rows", "sections");
        var number = scalars.Integer(fields.Required("number", "the printed table number"), "the table number", 1, 999);
        var where = number is null ? "the table" : $"table {number}";
        var (type, typeName) = BindType(fields.Required("type", "a table type such as expenditure_summary"), where);
        var title = scalars.Text(fields.Required("title", "the printed title"), $"the title of {where}");
        var unit = scalars.Choice(fields.Optional("unit"), $"the unit of {where}", WireNames.MoneyUnits) ?? reportUnit;
        var decimals = scalars.Integer(fields.Optional("decimals"), $"the decimals of {where}", 0, 6) ?? DefaultDecimals;
        var sections = BindSections(fields, where, unit, decimals);

        if (number is null || title is null || typeName is null || sections is null)
        {
            return null;
        }

        return new BudgetTable(
            number.Value,
            scalars.Text(fields.Optional("label"), $"the label of {where}"),
            type,
            typeName,
            title,
            unit,
            decimals,
            scalars.Boolean(fields.Optional("codes_printed"), "codes_printed") ?? true,
            scalars.Boolean(fields.Optional("no_data"), "no_data") ?? false,
            scalars.Text(fields.Optional("note"), $"the note of {where}"),
            sections);
    }

    private (TableType Type, string? Name) BindType(DataNode? node, string where)
    {
        var text = scalars.Text(node, $"the type of {where}");
        if (text is null)
        {
            return (TableType.Custom, null);
        }

        if (WireNames.TableTypes.TryGetValue(text, out var type))
        {
            return (type, text);
        }

        if (CustomName.IsValid(text))
        {
            return (TableType.Custom, text);
        }

        var suggestion = Spelling.Closest(text, WireNames.TableTypes.Keys);
        scalars.Sink.Error(DiagnosticCodes.UnknownTableType, node!.Line, node.Column,
            $"'{text}' is not a known table type" + (suggestion is null ? "." : $"; did you mean '{suggestion}'?"),
            $"one of: {string.Join(", ", WireNames.TableTypes.Keys)}; or a custom type starting with 'x-' (rendered as a plain table)");
        return (TableType.Custom, null);
    }

    private List<TableSection>? BindSections(Fields fields, string where, MoneyUnit unit, int decimals)
    {
        var sectionsNode = fields.Optional("sections");
        var inline = new[] { "stub", "columns", "rows" }.Where(name => fields.Optional(name) is not null).ToList();
        if (sectionsNode is not null && inline.Count > 0)
        {
            var at = fields.Optional(inline[0])!;
            scalars.Sink.Error(DiagnosticCodes.TableLayoutConflict, at.Line, at.Column,
                $"{where} has both 'sections' and '{inline[0]}'.",
                "either sections (for a table printed side by side) or stub, columns and rows, not both");
            return null;
        }

        if (sectionsNode is null)
        {
            var section = BindSection(fields, null, null, where, unit, decimals);
            return section is null ? null : [section];
        }

        if (scalars.Sequence(sectionsNode, $"the sections of {where}") is not { } list)
        {
            return null;
        }

        var sections = new List<TableSection>();
        var ok = true;
        foreach (var item in list.Items)
        {
            if (scalars.Mapping(item, $"a section of {where}") is not { } map)
            {
                ok = false;
                continue;
            }

            var sectionFields = new Fields(map, $"a section of {where}", scalars.Sink, "id", "title", "stub", "columns", "rows");
            var id = scalars.Slug(sectionFields.Required("id", "a short id such as income"), "the section id");
            var title = scalars.Text(sectionFields.Required("title", "a title such as 收入"), "the section title");
            var section = BindSection(sectionFields, id, title, id is null ? where : $"{where}, section {id}", unit, decimals);
            if (section is null || id is null)
            {
                ok = false;
                continue;
            }

            sections.Add(section);
        }

        return ok ? sections : null;
    }

    private TableSection? BindSection(Fields fields, string? id, string? title, string where, MoneyUnit unit, int decimals)
    {
        var stub = BindStub(fields.Optional("stub"), where);
        var columns = BindColumns(fields.Required("columns", "the list of amount columns"), where);
        if (columns is null)
        {
            return null;
        }

        var rows = BindRows(fields.Optional("rows"), where, columns.Count, unit, decimals);
        return rows is null ? null : new TableSection(id, title, stub, columns, rows);
    }

    private List<StubColumn> BindStub(DataNode? node, string where)
    {
        var result = new List<StubColumn>();
        if (scalars.Sequence(node, $"the stub of {where}") is not { } list)
        {
            return result;
        }

        foreach (var item in list.Items)
        {
            if (scalars.Mapping(item, $"a stub column of {where}") is not { } map)
            {
                continue;
            }

            var fields = new Fields(map, $"a stub column of {where}", scalars.Sink, "label", "field", "groups");
            var label = scalars.Text(fields.Required("label", "the printed header"), "a stub column label");
            var field = scalars.Choice(fields.Required("field", "code, name or class"), "the stub field", WireNames.StubFields);
            if (label is not null && field is not null)
            {
                result.Add(new StubColumn(label, field.Value, scalars.TextList(fields.Optional("groups"), "a spanning header")));
            }
        }

        return result;
    }

    private List<AmountColumn>? BindColumns(DataNode? node, string where)
    {
        if (scalars.Sequence(node, $"the columns of {where}") is not { } list)
        {
            return null;
        }

        var columns = new List<AmountColumn>();
        var ok = true;
        foreach (var item in list.Items)
        {
            if (scalars.Mapping(item, $"a column of {where}") is not { } map)
            {
                ok = false;
                continue;
            }

            var fields = new Fields(map, $"a column of {where}", scalars.Sink, "label", "role", "groups");
            var label = scalars.Text(fields.Required("label", "the printed header"), "a column label");
            var (role, roleName) = BindRole(fields.Required("role", "what the column means, such as total or basic"), $"the role of column '{label}'");
            if (label is null || roleName is null)
            {
                ok = false;
                continue;
            }

            columns.Add(new AmountColumn(label, role, roleName, scalars.TextList(fields.Optional("groups"), "a spanning header")));
        }

        return ok ? columns : null;
    }

    public (FigureRole Role, string? Name) BindRole(DataNode? node, string what)
    {
        var text = scalars.Text(node, what);
        if (text is null)
        {
            return (FigureRole.None, null);
        }

        if (WireNames.Roles.TryGetValue(text, out var role))
        {
            return (role, text);
        }

        if (CustomName.IsValid(text))
        {
            return (FigureRole.Custom, text);
        }

        var suggestion = Spelling.Closest(text, WireNames.Roles.Keys);
        scalars.Sink.Error(DiagnosticCodes.UnknownColumnRole, node!.Line, node.Column,
            $"{what}, '{text}', is not a known role" + (suggestion is null ? "." : $"; did you mean '{suggestion}'?"),
            $"one of: {string.Join(", ", WireNames.Roles.Keys)}; or a custom role starting with 'x-'");
        return (FigureRole.None, null);
    }

    private List<TableRow>? BindRows(DataNode? node, string where, int columnCount, MoneyUnit unit, int decimals)
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

        var ok = true;
        foreach (var item in list.Items)
        {
            var row = BindRow(item, where, columnCount, unit, decimals);
            if (row is null)
            {
                ok = false;
                continue;
            }

            rows.Add(row);
        }

        return ok ? rows : null;
    }

    private TableRow? BindRow(DataNode node, string where, int columnCount, MoneyUnit unit, int decimals)
    {
        if (scalars.Mapping(node, $"a row of {where}") is not { } map)
        {
            return null;
        }

        var fields = new Fields(map, $"a row of {where}", scalars.Sink, "code", "name", "class", "level", "role", "values");
        var name = scalars.Text(fields.Required("name", "the row's printed name"), "a row name");
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

        var (role, _) = BindRole(fields.Optional("role"), $"the role of {rowWhere}");
        var values = BindValues(fields.Optional("values"), map, rowWhere, columnCount, unit, decimals);
        if (name is null || values is null)
        {
            return null;
        }

        return new TableRow(code, name, scalars.Text(fields.Optional("class"), "a row class"), code?.Level ?? level ?? 1, role, values);
    }

    private ClassificationCode? BindCode(DataNode? node, string where)
    {
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
            "a 政府收支分类科目 code of 3, 5 or 7 digits, such as \"208\", \"20811\" or \"2081104\"");
        return null;
    }

    private List<decimal?>? BindValues(DataNode? node, MappingNode row, string where, int columnCount, MoneyUnit unit, int decimals)
    {
        if (node is null)
        {
            if (columnCount > 0)
            {
                scalars.Sink.Error(DiagnosticCodes.ValueCountMismatch, row.Line, row.Column,
                    $"{where} has no values.", $"'values' with {columnCount} entries, one per column (~ for a blank cell)");
                return null;
            }

            return [];
        }

        if (scalars.Sequence(node, $"the values of {where}") is not { } list)
        {
            return null;
        }

        if (list.Items.Count != columnCount)
        {
            var split = ThousandsSeparator.FirstIn(list.Items);
            scalars.Sink.Error(DiagnosticCodes.ValueCountMismatch, list.Line, list.Column,
                $"{where} has {list.Items.Count} values but the table has {columnCount} columns" + (split is null ? "." : ThousandsSeparator.Hint(split) + "."),
                $"{columnCount} values, one per column, ~ for a blank cell" + (split is null ? string.Empty : "; write " + ThousandsSeparator.Fix(split)));
            return null;
        }

        var values = new List<decimal?>(columnCount);
        var ok = true;
        foreach (var item in list.Items)
        {
            var amount = scalars.Amount(item, $"a value of {where}", decimals, unit);
            ok &= amount.IsValid;
            values.Add(amount.Value);
        }

        return ok ? values : null;
    }
}
