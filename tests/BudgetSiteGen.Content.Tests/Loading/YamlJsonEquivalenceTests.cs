using System.Text.Json;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Loading;

public sealed class YamlJsonEquivalenceTests
{
    /// <summary>
    /// TestData/zezhou-2024-budget.json is a mechanical conversion of the Zezhou YAML file (every plain
    /// number kept as its text). Both must give the same model, decimals with the same scale included.
    /// </summary>
    [Fact]
    public void The_zezhou_report_as_yaml_and_as_json_loads_to_equal_models()
    {
        using var yaml = new ScratchContent();
        File.Copy(Path.Combine(Repository.Content, "reports/zezhou/dpf/2024-budget.yaml"), Path.Combine(yaml.Content, "reports/z.yaml"));
        using var json = new ScratchContent();
        File.Copy(Path.Combine(Repository.TestData, "zezhou-2024-budget.json"), Path.Combine(json.Content, "reports/z.json"));

        var fromYaml = Single(yaml);
        var fromJson = Single(json);

        Assert.Equal(Canonical(fromYaml), Canonical(fromJson));
        Assert.Equal(13, fromJson.Tables.Count);
        Assert.Equal(22, fromJson.Performance.Cards.Count);
    }

    [Fact]
    public void Amounts_keep_every_digit_that_a_double_would_lose()
    {
        // 17 significant digits: a double holds about 15–16, so any detour through floating point changes them.
        const decimal huge = 12345678901234567.89m;
        var yaml = MinimalReport.WithLine(24, "      - { code: \"208\", name: 社会保障和就业支出, values: [12345678901234567.89, 0.10] }");
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", yaml);
        var row = Single(scratch).Tables[0].Sections[0].Rows[1];
        Assert.Equal(huge, row.Values[0]);
        Assert.Equal(0.10m, row.Values[1]);
        Assert.Equal("0.10", row.Values[1]!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var jsonScratch = new ScratchContent();
        jsonScratch.Report("a.json", """
            {"schema_version":1,"report":{"kind":"budget","year":2024,"title":"t","money_unit":"万元"},
             "jurisdiction":"140525","department":{"code":"059","name":"n","kind":"dpf"},
             "tables":[{"number":3,"type":"expenditure_summary","title":"t","columns":[{"label":"合计","role":"total"}],
                        "rows":[{"code":"208","name":"n","values":[12345678901234567.89]}]}]}
            """);
        Assert.Equal(huge, Single(jsonScratch).Tables[0].Sections[0].Rows[0].Values[0]);
    }

    [Fact]
    public void A_blank_cell_is_not_zero()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.WithLine(24, "      - { code: \"208\", name: 社会保障和就业支出, values: [~, 0] }"));
        var values = Single(scratch).Tables[0].Sections[0].Rows[1].Values;
        Assert.Null(values[0]);
        Assert.Equal(0m, values[1]);
    }

    private static DepartmentYear Single(ScratchContent scratch)
    {
        var result = ContentLoader.Load(scratch.Content);
        Assert.True(result.Content is not null, string.Join("\n", result.Diagnostics.Select(d => $"{d.Location}: {d.Code} {d.Message}")));
        return Assert.Single(result.Content!.DepartmentYears);
    }

    /// <summary>Records compare lists by reference, so compare a full serialisation instead (decimals keep their scale).</summary>
    private static string Canonical(DepartmentYear year) =>
        JsonSerializer.Serialize(year with { SourceFile = string.Empty }, new JsonSerializerOptions { WriteIndented = true });
}
