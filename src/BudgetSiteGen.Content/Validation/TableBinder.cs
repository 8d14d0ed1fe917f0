using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;
using BudgetSiteGen.Model.Layouts;

namespace BudgetSiteGen.Validation;

/// <summary>
/// Binds one table: its type, header, columns with roles and rows with codes and exact values. When the report names a
/// layout, the table's type and the roles of headers it prints may be left to the layout.
/// </summary>
public sealed class TableBinder(Scalars scalars)
{
    private const int DefaultDecimals = 2;

    public BudgetTable? Bind(DataNode node, MoneyUnit reportUnit, ReportLayout? layout = null)
    {
        if (scalars.Mapping(node, "a table") is not { } mapping)
        {
            return null;
        }

        var fields = new Fields(mapping, "a table", scalars.Sink,
            "number", "label", "type", "title", "unit", "decimals", "codes_printed", "no_data", "note", "stub", "columns", "rows", "sections");
        var numberNode = fields.Required("number", "the printed table number");
        var number = scalars.Integer(numberNode, "the table number", 1, 999);
        var where = number is null ? "the table" : $"table {number}";
        var planned = number is null || layout is null ? null : layout.TableNumbered(number.Value);
        if (number is not null && layout is not null && planned is null)
        {
            scalars.Sink.Warning(DiagnosticCodes.TableNotInLayout, numberNode!.Line, numberNode.Column,
                $"{where} is not one of the tables of layout '{layout.Id}' ({layout.Name}); it is shown as a plain table of the type it gives.",
                $"a table number of the layout ({string.Join(", ", layout.Tables.Select(t => t.Number))}), or a layout of your own in content/layouts/");
        }

        var (type, typeName) = BindType(fields, planned, where, layout);
        var title = scalars.Text(fields.Required("title", "the printed title"), $"the title of {where}");
        var unit = scalars.Choice(fields.Optional("unit"), $"the unit of {where}", WireNames.MoneyUnits) ?? reportUnit;
        var decimals = scalars.Integer(fields.Optional("decimals"), $"the decimals of {where}", 0, 6) ?? DefaultDecimals;
        var headers = new HeaderRoles(scalars, planned, layout);
        var sections = BindSections(fields, where, unit, decimals, headers);

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

    private (TableType Type, string? Name) BindType(Fields fields, LayoutTable? planned, string where, ReportLayout? layout)
    {
        var node = planned is null ? fields.Required("type", "a table type such as expenditure_summary") : fields.Optional("type");
        if (node is null)
        {
            return planned is null ? (TableType.Custom, null) : (planned.Type, planned.TypeName);
        }

        var text = scalars.Text(node, $"the type of {where}");
        if (text is null)
        {
            return (TableType.Custom, null);
        }

        if (!WireNames.TableTypes.TryGetValue(text, out var type) && !CustomName.IsValid(text))
        {
            var suggestion = Spelling.Closest(text, WireNames.TableTypes.Keys);
            scalars.Sink.Error(DiagnosticCodes.UnknownTableType, node.Line, node.Column,
                $"'{text}' is not a known table type" + (suggestion is null ? "." : $"; did you mean '{suggestion}'?"),
                $"one of: {string.Join(", ", WireNames.TableTypes.Keys)}; or a custom type starting with 'x-' (rendered as a plain table)");
            return (TableType.Custom, null);
        }

        if (planned is not null && !string.Equals(planned.TypeName, text, StringComparison.Ordinal))
        {
            scalars.Sink.Warning(DiagnosticCodes.TableTypeDiffersFromLayout, node.Line, node.Column,
                $"{where} says type '{text}', but in layout '{layout!.Id}' table {planned.Number} is '{planned.TypeName}' ({planned.Title}); the type written here is used.",
                $"'{planned.TypeName}', or no type (the layout's is used)");
        }

        return (WireNames.TableTypes.TryGetValue(text, out type) ? type : TableType.Custom, text);
    }

    private List<TableSection>? BindSections(Fields fields, string where, MoneyUnit unit, int decimals, HeaderRoles headers)
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
            var section = BindSection(fields, null, null, where, unit, decimals, headers);
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

            var sectionFields = new Fields(map, $"a section of {where}", scalars.Sink, "id", "title", "role", "stub", "columns", "rows");
            var id = scalars.Slug(sectionFields.Required("id", "a short id such as income"), "the section id");
            var title = scalars.Text(sectionFields.Optional("title"), "the section title");
            var (role, _) = BindRole(sectionFields.Optional("role"), "the role of the section");
            var section = BindSection(sectionFields, id, title, id is null ? where : $"{where}, section {id}", unit, decimals, headers);
            if (section is null || id is null)
            {
                ok = false;
                continue;
            }

            sections.Add(section with { Role = role });
        }

        return ok ? sections : null;
    }

    private TableSection? BindSection(Fields fields, string? id, string? title, string where, MoneyUnit unit, int decimals, HeaderRoles headers)
    {
        var stub = BindStub(fields.Optional("stub"), where);
        var columns = BindColumns(fields.Required("columns", "the list of amount columns"), where, headers);
        if (columns is null)
        {
            return null;
        }

        var rows = new RowBinder(scalars, this, headers).BindRows(fields.Optional("rows"), where, stub, columns, unit, decimals);
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
            var field = scalars.Choice(fields.Required("field", "code, lei, kuan, xiang, name or class"), "the stub field", WireNames.StubFields);
            if (label is not null && field is not null)
            {
                result.Add(new StubColumn(label, field.Value, scalars.TextList(fields.Optional("groups"), "a spanning header")));
            }
        }

        return result;
    }

    private List<AmountColumn>? BindColumns(DataNode? node, string where, HeaderRoles headers)
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

            var fields = new Fields(map, $"a column of {where}", scalars.Sink, "label", "role", "item", "groups", "unit");
            var label = scalars.Text(fields.Required("label", "the printed header"), "a column label");
            var groups = scalars.TextList(fields.Optional("groups"), "a spanning header");
            var roleNode = fields.Optional("role");
            var (role, roleName) = roleNode is null ? (FigureRole.None, null) : BindRole(roleNode, $"the role of column '{label}'");
            var itemNode = fields.Optional("item");
            var itemRole = BindItem(itemNode, $"the item of column '{label}'");
            if (label is not null && roleNode is null && headers.Column(label, groups) is { } meaning)
            {
                (role, roleName) = (meaning.Role, meaning.RoleName);
                itemRole = itemNode is null ? meaning.Item : itemRole;
            }
            else if (label is not null && roleNode is null)
            {
                headers.ReportUnknownColumn(fields, label, where);
            }

            var percent = BindColumnUnit(fields.Optional("unit"), label);
            if (label is null || roleName is null)
            {
                ok = false;
                continue;
            }

            columns.Add(new AmountColumn(label, role, roleName, groups) { Item = itemRole, IsPercent = percent || role == FigureRole.ExecutionRate });
        }

        return ok ? columns : null;
    }

    private bool BindColumnUnit(DataNode? node, string? label)
    {
        var text = scalars.Text(node, $"the unit of column '{label}'");
        if (text is null || text == "%")
        {
            return text == "%";
        }

        scalars.Sink.Error(DiagnosticCodes.InvalidValue, node!.Line, node.Column,
            $"the unit of column '{label}' is '{text}'; a column can only differ from its table by being a percentage.",
            "\"%\" for a column of percentages such as 完成率, or no unit (the table's)");
        return false;
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

    public FigureRole BindItem(DataNode? node, string what) =>
        scalars.Choice(node, what, WireNames.Items, DiagnosticCodes.UnknownColumnRole) ?? FigureRole.None;
}
