using System.Text.Json;
using Json.Schema;

namespace BudgetSiteGen.Tests.Support;

/// <summary>The JSON schemas published in docs/schema/ for editors, evaluated as an editor's tooling would.</summary>
public static class PublishedSchema
{
    public static readonly string DepartmentYearPath = Path.Combine(Repository.Root, "docs/schema/department-year.schema.json");

    public static EvaluationResults Evaluate(string schemaPath, JsonElement instance)
    {
        // Each evaluation builds the schema into a registry of its own, so parallel tests never share one.
        var schema = JsonSchema.FromText(File.ReadAllText(schemaPath), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        return schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    public static void AssertValid(string schemaPath, JsonElement instance, string what)
    {
        var result = Evaluate(schemaPath, instance);
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
            .Take(20);
        Assert.True(result.IsValid, $"{what} does not validate against {Path.GetFileName(schemaPath)}:\n{string.Join("\n", errors)}");
    }
}
