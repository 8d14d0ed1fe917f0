using System.Text.Json;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;
using BudgetSiteGen.Validation;

namespace BudgetSiteGen.Tests.Content;

/// <summary>The JSON Schemas that editors use must accept exactly what the loader accepts.</summary>
public sealed class PublishedSchemaTests
{
    private static readonly string DepartmentYearSchemaPath = PublishedSchema.DepartmentYearPath;
    private static readonly string LayoutSchemaPath = Path.Combine(Repository.Root, "docs/schema/layout.schema.json");

    private static readonly JsonElement Definitions = Defs(DepartmentYearSchemaPath);
    private static readonly JsonElement LayoutDefinitions = Defs(LayoutSchemaPath);

    private static JsonElement Defs(string path) =>
        JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("$defs").Clone();

    /// <summary>The enum of a definition, written either as the enum itself or as the first choice of an anyOf (known names, or an x- name).</summary>
    private static string[] EnumOf(JsonElement definition)
    {
        var holder = definition.TryGetProperty("anyOf", out var choices) ? choices[0] : definition;
        return holder.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToArray();
    }

    private static string[] EnumOf(string definition) => EnumOf(Definitions.GetProperty(definition));

    private static string[] Sorted(IEnumerable<string> names) => names.Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_schema_lists_the_same_table_types_as_the_loader() =>
        Assert.Equal(Sorted(WireNames.TableTypes.Keys), EnumOf("tableType"));

    [Fact]
    public void The_schema_lists_the_same_roles_as_the_loader() =>
        Assert.Equal(Sorted(WireNames.Roles.Keys), EnumOf("role"));

    [Fact]
    public void The_schema_lists_the_same_column_items_as_the_loader() =>
        Assert.Equal(Sorted(WireNames.Items.Keys), EnumOf("item"));

    [Fact]
    public void The_schema_lists_the_same_money_units_as_the_loader() =>
        Assert.Equal(Sorted(WireNames.MoneyUnits.Keys), EnumOf("moneyUnit"));

    [Fact]
    public void The_schema_lists_the_same_stub_fields_as_the_loader() =>
        Assert.Equal(Sorted(WireNames.StubFields.Keys), EnumOf(Definitions.GetProperty("stubColumn").GetProperty("properties").GetProperty("field")));

    [Fact]
    public void The_schema_lists_the_same_narrative_sections_as_the_loader() =>
        Assert.Equal(Sorted(NarrativeSections.All), EnumOf("narrativeId"));

    [Fact]
    public void The_schema_lists_the_same_unit_types_as_the_loader() =>
        Assert.Equal(Sorted(UnitsBinder.Types.Keys), EnumOf(Definitions.GetProperty("unit").GetProperty("properties").GetProperty("type")));

    [Fact]
    public void The_layout_schema_lists_the_same_types_roles_items_and_units_as_the_loader()
    {
        Assert.Equal(Sorted(WireNames.TableTypes.Keys), EnumOf(LayoutDefinitions.GetProperty("tableType")));
        Assert.Equal(Sorted(WireNames.Roles.Keys), EnumOf(LayoutDefinitions.GetProperty("role")));
        Assert.Equal(Sorted(WireNames.Items.Keys), EnumOf(LayoutDefinitions.GetProperty("item")));
        Assert.Equal(Sorted(WireNames.MoneyUnits.Keys), EnumOf(LayoutDefinitions.GetProperty("moneyUnit")));
    }

    public static TheoryData<string> ContentFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Content, "reports"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repository.Root, file).Replace('\\', '/'));
        }

        data.Add("docs/examples/department-year.yaml");
        data.Add("docs/examples/final-accounts.yaml");
        return data;
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Every_report_and_example_is_valid_against_the_schema(string file) =>
        PublishedSchema.AssertValid(DepartmentYearSchemaPath, YamlAsJson.Read(Path.Combine(Repository.Root, file)), file);

    public static TheoryData<string> ShippedLayouts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "layouts"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedLayouts))]
    public void Every_shipped_layout_is_valid_against_the_layout_schema_and_names_it_for_editors(string file)
    {
        var path = Path.Combine(Repository.Root, "layouts", file);
        PublishedSchema.AssertValid(LayoutSchemaPath, YamlAsJson.Read(path), file);
        Assert.Equal("# yaml-language-server: $schema=../docs/schema/layout.schema.json", File.ReadLines(path).First());
    }

    [Theory]
    [InlineData("code: [\"201\", \"3\"], name: n, values: [1.00]", "a 款 of one digit")]
    [InlineData("code: [\"2010\", \"03\"], name: n, values: [1.00]", "a 类 of four digits")]
    [InlineData("code: [\"201\", \"03\", \"01\", \"01\"], name: n, values: [1.00]", "four parts")]
    [InlineData("code: \"2081\", name: n, values: [1.00]", "a joined code of four digits")]
    [InlineData("name: n, values: [\"??\"]", "a cell marked other than with one ?")]
    [InlineData("name: n, values: [\"12.00\"]", "a quoted amount")]
    public void The_schema_rejects_a_row_the_loader_rejects(string row, string why) =>
        Assert.False(PublishedSchema.Evaluate(DepartmentYearSchemaPath, YamlAsJson.Parse(ProbeWithRow(row))).IsValid, why);

    [Theory]
    [InlineData("name: 合计, role: total, values: [1.00]")]
    [InlineData("code: [\"201\", \"03\", \"01\"], name: 行政运行, values: [1.00]")]
    [InlineData("code: [\"301\"], name: 工资福利支出, values: [~]")]
    [InlineData("code: \"2010301\", name: 行政运行, values: [\"?\"]")]
    public void The_schema_accepts_rows_the_loader_accepts(string row) =>
        PublishedSchema.AssertValid(DepartmentYearSchemaPath, YamlAsJson.Parse(ProbeWithRow(row)), row);

    [Theory]
    [InlineData("  layout: shanghai-budget\n", "  - { number: 9, title: t, columns: [{ label: 合计 }], rows: [{ name: 合计, values: [1.00] }] }", true)]
    [InlineData("", "  - { number: 9, title: t, columns: [{ label: 合计 }], rows: [{ name: 合计, values: [1.00] }] }", false)]
    [InlineData("", "  - { number: 9, type: x-own, title: t, columns: [{ label: 合计 }], rows: [{ name: 合计, values: [1.00] }] }", false)]
    [InlineData("", "  - { number: 9, type: x-own, title: t, columns: [{ label: 合计, role: total }], rows: [{ name: 合计, values: [1.00] }] }", true)]
    public void Without_a_layout_the_schema_wants_every_table_type_and_column_role(string layoutLine, string table, bool valid)
    {
        var report = $$"""
            schema_version: 1
            report:
              kind: budget
              year: 2025
              title: t
              money_unit: 元
            {{layoutLine}}jurisdiction: "310107"
            department: { name: n, kind: govoffice }
            tables:
            {{table}}
            """;
        Assert.Equal(valid, PublishedSchema.Evaluate(DepartmentYearSchemaPath, YamlAsJson.Parse(report)).IsValid);
    }

    [Theory]
    [InlineData("  - { id: incom, title: t, body: b }", false)]
    [InlineData("  - { id: income, title: t, body: b }", true)]
    [InlineData("  - { id: x-project-supervision, title: t, body: b }", true)]
    public void The_schema_knows_the_narrative_section_vocabulary(string item, bool valid)
    {
        var report = ProbeWithRow("name: 合计, role: total, values: [1.00]") + "\nnarrative:\n" + item + "\n";
        Assert.Equal(valid, PublishedSchema.Evaluate(DepartmentYearSchemaPath, YamlAsJson.Parse(report)).IsValid);
    }

    [Fact]
    public void The_annotated_example_in_the_docs_loads_without_a_diagnostic()
    {
        using var scratch = new ScratchContent();
        File.Copy(Path.Combine(Repository.Root, "docs/examples/department-year.yaml"), Path.Combine(scratch.Content, "reports/example.yaml"));
        var result = ContentLoader.Load(scratch.Content);
        Assert.Empty(result.Diagnostics);
        var year = Assert.Single(result.Content!.DepartmentYears);
        Assert.Equal(4, year.Tables.Count);
        Assert.Single(year.Performance.Cards);
    }

    [Fact]
    public void The_annotated_final_accounts_example_loads_without_a_diagnostic_and_means_what_its_comments_say()
    {
        using var scratch = new ScratchContent();
        File.Copy(Path.Combine(Repository.Root, "docs/examples/final-accounts.yaml"), Path.Combine(scratch.Content, "reports/example.yaml"));
        var result = ContentLoader.Load(scratch.Content);
        Assert.Empty(result.Diagnostics);
        var year = Assert.Single(result.Content!.DepartmentYears);
        Assert.Equal(ReportKind.FinalAccounts, year.Report.Kind);
        Assert.Equal("shanghai-final-accounts", year.Report.Layout);
        Assert.Null(year.Department.Code);
        Assert.Equal([true, false], year.Units.Select(u => u.OwnBudget));

        // Table 2 gives neither its type nor its columns' roles: the layout does.
        var income = year.Tables.Single(t => t.Number == 2);
        Assert.Equal(TableType.IncomeSummary, income.Type);
        Assert.Equal([FigureRole.Total, FigureRole.FiscalAppropriation, FigureRole.SuperiorSubsidy], income.Sections[0].Columns.Take(3).Select(c => c.Role));
        Assert.Equal(FigureRole.Total, income.Sections[0].Rows[0].Role);
        Assert.Equal("2010601", income.Sections[0].Rows[3].Code!.Value.Value);

        var basic = year.Tables.Single(t => t.Number == 6);
        Assert.Equal([FigureRole.Personnel, FigureRole.Public], basic.Sections.Select(s => s.Role));
        Assert.Equal("30101", basic.Sections[0].Rows[1].Code!.Value.Value);

        var threePublic = year.Tables.Single(t => t.Number == 7).Sections[0];
        Assert.Equal(string.Empty, Assert.Single(threePublic.Rows).Name);
        Assert.Equal(FigureRole.OfficialReception, threePublic.Columns[4].Item);
    }

    [Theory]
    [InlineData("docs/examples/department-year.yaml")]
    [InlineData("docs/examples/final-accounts.yaml")]
    public void The_data_format_document_shows_each_example_in_full(string example)
    {
        var doc = File.ReadAllText(Path.Combine(Repository.Root, "docs/data-format.md"));
        Assert.Contains(File.ReadAllText(Path.Combine(Repository.Root, example)).Trim(), doc);
    }

    [Fact]
    public void The_walkthrough_layout_in_the_layouts_document_is_valid_and_a_report_can_use_it()
    {
        var doc = File.ReadAllText(Path.Combine(Repository.Root, "docs/layouts.md"));
        var block = doc.Split("```yaml\n").Skip(1).Select(part => part[..part.IndexOf("```", StringComparison.Ordinal)])
            .Single(part => part.Contains("id: zhejiang-budget", StringComparison.Ordinal));

        // The block is indented as a step of a numbered list.
        var layout = string.Join('\n', block.Split('\n').Select(line => line.StartsWith("   ", StringComparison.Ordinal) ? line[3..] : line));
        PublishedSchema.AssertValid(LayoutSchemaPath, YamlAsJson.Parse(layout), "the layout in docs/layouts.md");

        var text = InlineReport.Text("budget", "万元", "zhejiang-budget",
            "  - number: 3",
            "    title: 一般公共预算支出表",
            "    columns: [{ label: 合计 }, { label: 基本支出 }, { label: 项目支出 }]",
            "    rows: [{ name: 合计, values: [3.00, 1.00, 2.00] }]");
        var result = InlineReport.Load(text, scratch =>
        {
            Directory.CreateDirectory(Path.Combine(scratch.Content, LayoutLibrary.ContentFolder));
            File.WriteAllText(Path.Combine(scratch.Content, LayoutLibrary.ContentFolder, "zhejiang-budget.yaml"), layout);
        });
        Assert.Empty(result.Diagnostics);
        Assert.Equal(TableType.GeneralBudgetExpenditure, result.Content!.DepartmentYears[0].Tables[0].Type);
    }

    /// <summary>A small report of one table whose one row each test writes.</summary>
    private static string ProbeWithRow(string row) => $$"""
        schema_version: 1
        report: { kind: budget, year: 2024, title: t, money_unit: 万元 }
        jurisdiction: "140525"
        department: { name: n, kind: dpf }
        tables:
          - number: 3
            type: expenditure_summary
            title: t
            stub: [{ label: 科目编码, field: code }, { label: 科目名称, field: name }]
            columns: [{ label: 合计, role: total }]
            rows:
              - { {{row}} }
        """;

}
