using System.Globalization;
using System.Text;
using BudgetSiteGen.Model;
using BudgetSiteGen.Model.Layouts;

namespace BudgetSiteGen.Importing;

/// <summary>
/// Writes the data file of an imported report in the format of docs/data-format.md, in the style of the transcribed
/// reports: one row a line. Table types and row roles are left to the layout; column roles are written, since a
/// header printed with its year ("2024年合计") is not one the layout lists. What a workbook does not hold is marked
/// for the person to fill in.
/// </summary>
public static class ReportYamlWriter
{
    public static string Write(IReadOnlyList<ImportedTable> tables, ImportOptions options, ReportLayout layout, IReadOnlyList<string> workbooks)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("# yaml-language-server: $schema=../../../../docs/schema/department-year.schema.json");
        yaml.AppendLine($"# Imported from {string.Join(", ", workbooks)} by budgetsitegen import.");
        yaml.AppendLine("# The tables are as the workbooks print them. Still to be written by hand (marked TO DO below):");
        yaml.AppendLine("# the overview, the narrative, the performance-goal cards and the source document;");
        yaml.AppendLine("# budgetsitegen check lists what is still missing (BSG254). See docs/import.md.");
        yaml.AppendLine("schema_version: 1");
        yaml.AppendLine();
        yaml.AppendLine("report:");
        yaml.AppendLine($"  kind: {WireNames.NameOf(options.Kind)}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  year: {options.Year}");
        yaml.AppendLine($"  title: {YamlScalar.Of(options.Title ?? WorkbookImporter.DefaultTitle(options))}");
        yaml.AppendLine($"  money_unit: {options.Unit.Symbol()}");
        yaml.AppendLine($"  layout: {layout.Id}");
        yaml.AppendLine();
        yaml.AppendLine($"jurisdiction: {YamlScalar.Quoted(options.Jurisdiction)}");
        yaml.AppendLine();
        yaml.AppendLine("department:");
        if (options.DepartmentCode is { } code)
        {
            yaml.AppendLine($"  code: {YamlScalar.Quoted(code)}");
        }

        yaml.AppendLine($"  name: {YamlScalar.Of(options.DepartmentName)}");
        yaml.AppendLine($"  kind: {YamlScalar.Of(options.DepartmentKind)}");
        yaml.AppendLine();
        yaml.AppendLine("# TO DO: the department's duties, organisation and staffing (see docs/data-format.md).");
        yaml.AppendLine("# overview:");
        yaml.AppendLine("#   duties: |");
        yaml.AppendLine("#   organisation: |");
        yaml.AppendLine();
        yaml.AppendLine("tables:");
        foreach (var table in tables)
        {
            WriteTable(yaml, table, options.Unit);
        }

        yaml.AppendLine("# TO DO: the report's text, section by section, as printed (see docs/data-format.md).");
        yaml.AppendLine("narrative: []");
        yaml.AppendLine();
        yaml.AppendLine("# TO DO: the performance-goal cards (绩效目标表), if the report prints them.");
        yaml.AppendLine("# performance:");
        yaml.AppendLine();
        yaml.AppendLine("# TO DO: the published document this report comes from.");
        yaml.AppendLine("# source:");
        yaml.AppendLine("#   title:");
        yaml.AppendLine("#   publisher:");
        return yaml.ToString();
    }

    private static void WriteTable(StringBuilder yaml, ImportedTable table, MoneyUnit reportUnit)
    {
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  # From sheet {table.Sheet} of {Path.GetFileName(table.Workbook)}.");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  - number: {table.Number}");
        if (table.Label is { } label)
        {
            yaml.AppendLine($"    label: {YamlScalar.Of(label)}");
        }

        yaml.AppendLine($"    title: {YamlScalar.Of(table.Title)}");
        if (table.SheetUnit is { } unit && unit != reportUnit.Symbol())
        {
            yaml.AppendLine($"    unit: {unit}");
        }

        if (table.NoData)
        {
            yaml.AppendLine("    no_data: true");
        }

        if (table.Note is { } note)
        {
            yaml.AppendLine($"    note: {YamlScalar.Of(note)}");
        }

        if (table.Sections.Count == 1)
        {
            WriteBlock(yaml, table.Sections[0], "    ");
        }
        else
        {
            yaml.AppendLine("    sections:");
            foreach (var section in table.Sections)
            {
                yaml.AppendLine($"      - id: {section.Id}");
                if (section.RoleName is { } role)
                {
                    yaml.AppendLine($"        role: {role}");
                }

                if (section.Title is { } title)
                {
                    yaml.AppendLine($"        title: {YamlScalar.Of(title)}");
                }

                WriteBlock(yaml, section, "        ");
            }
        }

        yaml.AppendLine();
    }

    private static void WriteBlock(StringBuilder yaml, ImportedSection section, string indent)
    {
        yaml.AppendLine(section.Stub.Count == 0 ? $"{indent}stub: []" : $"{indent}stub:");
        foreach (var stub in section.Stub)
        {
            var groups = stub.Groups.Count == 0 ? string.Empty : $", groups: {YamlScalar.List(stub.Groups)}";
            yaml.AppendLine($"{indent}  - {{ label: {YamlScalar.Of(stub.Label)}, field: {WireNames.StubFields.First(pair => pair.Value == stub.Field).Key}{groups} }}");
        }

        yaml.AppendLine($"{indent}columns:");
        foreach (var column in section.Columns)
        {
            var item = column.ItemName is null ? string.Empty : $", item: {column.ItemName}";
            var groups = column.Groups.Count == 0 ? string.Empty : $", groups: {YamlScalar.List(column.Groups)}";
            yaml.AppendLine($"{indent}  - {{ label: {YamlScalar.Of(column.Label)}, role: {column.RoleName}{item}{groups} }}");
        }

        yaml.AppendLine(section.Rows.Count == 0 ? $"{indent}rows: []" : $"{indent}rows:");
        foreach (var row in section.Rows)
        {
            yaml.AppendLine($"{indent}  - {{ {RowFields(row)} }}");
        }
    }

    private static string RowFields(ImportedRow row)
    {
        var fields = new List<string>();
        if (row.CodeParts.Count == 1)
        {
            fields.Add($"code: {YamlScalar.Quoted(row.CodeParts[0])}");
        }
        else if (row.CodeParts.Count > 1)
        {
            fields.Add($"code: [{string.Join(", ", row.CodeParts.Select(YamlScalar.Quoted))}]");
        }

        if (row.Name is { } name)
        {
            fields.Add($"name: {YamlScalar.Of(name)}");
        }

        if (row.Class is { } @class)
        {
            fields.Add($"class: {YamlScalar.Of(@class)}");
        }

        if (row.Level > 1)
        {
            fields.Add(string.Create(CultureInfo.InvariantCulture, $"level: {row.Level}"));
        }

        var values = row.Values.Select(value => value?.ToString(CultureInfo.InvariantCulture) ?? "~");
        fields.Add($"values: [{string.Join(", ", values)}]");
        return string.Join(", ", fields);
    }
}
