using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;
using BudgetSiteGen.Model.Layouts;

namespace BudgetSiteGen.Validation;

/// <summary>Binds one layout file (layouts/*.yaml): its tables by printed number, and what their headers mean.</summary>
public sealed class LayoutBinder(DiagnosticSink sink)
{
    private readonly Scalars _scalars = new(sink);

    public ReportLayout? Bind(DataNode root, string source)
    {
        if (_scalars.Mapping(root, "a layout file") is not { } map)
        {
            return null;
        }

        var f = new Fields(map, "a layout file", sink, "$schema", "id", "name", "kind", "unit", "headers", "rows", "tables");
        var id = _scalars.Slug(f.Required("id", "the layout's id, such as shanghai-budget"), "the layout id");
        var name = _scalars.Text(f.Required("name", "what the layout is, such as 上海市区级部门预算公开表（9张）"), "the layout name");
        var kind = _scalars.Choice(f.Required("kind", "budget or final_accounts"), "the layout's report kind", WireNames.ReportKinds);
        var unit = _scalars.Choice(f.Optional("unit"), "the layout's usual unit", WireNames.MoneyUnits);
        var headers = BindMeanings(f.Optional("headers"), "a header", "label");
        var rows = BindMeanings(f.Optional("rows"), "a row name", "name");
        var tables = BindTables(f.Required("tables", "the layout's tables"));
        return id is null || name is null || kind is null || tables is null
            ? null
            : new ReportLayout(id, name, kind.Value, unit, tables, headers, rows, source);
    }

    private List<LayoutTable>? BindTables(DataNode? node)
    {
        if (_scalars.Sequence(node, "the layout's tables") is not { } list)
        {
            return null;
        }

        var tables = new List<LayoutTable>();
        var numbers = new Dictionary<int, DataNode>();
        foreach (var item in list.Items)
        {
            if (_scalars.Mapping(item, "a layout table") is not { } map)
            {
                continue;
            }

            var f = new Fields(map, "a layout table", sink, "number", "type", "title", "required", "columns", "rows");
            var number = _scalars.Integer(f.Required("number", "the printed table number"), "the table number", 1, 999);
            var typeNode = f.Required("type", "a table type such as expenditure_summary");
            var typeName = _scalars.Text(typeNode, "the table type");
            var title = _scalars.Text(f.Required("title", "the printed title, without the year"), "the table title");
            var required = _scalars.Boolean(f.Optional("required"), "required") ?? true;
            var columns = BindMeanings(f.Optional("columns"), "a column", "label");
            var rows = BindMeanings(f.Optional("rows"), "a row name", "name");
            if (number is null || typeName is null || title is null)
            {
                continue;
            }

            var type = TableType.Custom;
            if (!WireNames.TableTypes.TryGetValue(typeName, out type) && !CustomName.IsValid(typeName))
            {
                var suggestion = Spelling.Closest(typeName, WireNames.TableTypes.Keys);
                sink.Error(DiagnosticCodes.UnknownTableType, typeNode!.Line, typeNode.Column,
                    $"'{typeName}' is not a known table type" + (suggestion is null ? "." : $"; did you mean '{suggestion}'?"),
                    $"one of: {string.Join(", ", WireNames.TableTypes.Keys)}; or a custom type starting with 'x-'");
                continue;
            }

            if (!numbers.TryAdd(number.Value, item))
            {
                sink.Error(DiagnosticCodes.DuplicateTableNumber, item.Line, item.Column,
                    $"table {number} appears twice in the layout (first at line {numbers[number.Value].Line}).", "each printed table number once");
                continue;
            }

            tables.Add(new LayoutTable(number.Value, type, typeName, title, required, columns, rows));
        }

        return tables;
    }

    private List<HeaderMeaning> BindMeanings(DataNode? node, string what, string labelField)
    {
        var meanings = new List<HeaderMeaning>();
        var roles = new TableBinder(_scalars);
        foreach (var item in _scalars.Sequence(node, $"the list of {what} meanings")?.Items ?? [])
        {
            if (_scalars.Mapping(item, what) is not { } map)
            {
                continue;
            }

            var f = new Fields(map, what, sink, labelField, "groups", "role", "item");
            var label = _scalars.Text(f.Required(labelField, "the header as printed"), $"{what}'s {labelField}");
            var (role, roleName) = roles.BindRole(f.Required("role", "what it means, such as total"), $"the role of {what} '{label}'");
            var itemRole = roles.BindItem(f.Optional("item"), $"the item of {what} '{label}'");
            if (label is not null && roleName is not null)
            {
                meanings.Add(new HeaderMeaning(label, _scalars.TextList(f.Optional("groups"), "a spanning header"), role, roleName, itemRole));
            }
        }

        return meanings;
    }
}
