using System.Text.Json;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Content;

/// <summary>The JSON Schema that editors use must accept exactly what the loader accepts.</summary>
public sealed class PublishedSchemaTests
{
    private static readonly JsonElement Definitions = JsonDocument
        .Parse(File.ReadAllText(Path.Combine(Repository.Root, "docs/schema/department-year.schema.json")))
        .RootElement.GetProperty("$defs");

    private static string[] EnumOf(string definition) =>
        Definitions.GetProperty(definition).GetProperty("anyOf")[0].GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public void The_schema_lists_the_same_table_types_as_the_loader() =>
        Assert.Equal(WireNames.TableTypes.Keys.Order(StringComparer.Ordinal), EnumOf("tableType").Order(StringComparer.Ordinal));

    [Fact]
    public void The_schema_lists_the_same_roles_as_the_loader() =>
        Assert.Equal(WireNames.Roles.Keys.Order(StringComparer.Ordinal), EnumOf("role").Order(StringComparer.Ordinal));

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
    public void The_data_format_document_shows_the_example_in_full()
    {
        var doc = File.ReadAllText(Path.Combine(Repository.Root, "docs/data-format.md"));
        var example = File.ReadAllText(Path.Combine(Repository.Root, "docs/examples/department-year.yaml"));
        Assert.Contains(example.Trim(), doc);
    }
}
