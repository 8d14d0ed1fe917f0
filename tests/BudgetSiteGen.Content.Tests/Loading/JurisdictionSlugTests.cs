using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Loading;

/// <summary>普陀区 is a district of 上海市 and of 舟山市: places of one name must still have addresses of their own.</summary>
public sealed class JurisdictionSlugTests
{
    private static string Jurisdictions(string shanghaiPutuo, string zhoushanPutuo) => $"""
        jurisdictions:
          - {"{"} code: "310000", name: 上海市, level: province, slug: shanghai {"}"}
          - {"{"} code: "310107", name: 普陀区, level: county, parent: "310000", slug: {shanghaiPutuo} {"}"}
          - {"{"} code: "330900", name: 舟山市, level: city, slug: zhoushan {"}"}
          - {"{"} code: "330903", name: 普陀区, level: county, parent: "330900", slug: {zhoushanPutuo} {"}"}
        """;

    [Fact]
    public void Two_places_of_one_name_with_one_slug_are_an_error_at_the_second_slug()
    {
        using var scratch = new ScratchContent();
        File.WriteAllText(Path.Combine(scratch.Content, "jurisdictions.yaml"), Jurisdictions("putuo", "putuo"));
        scratch.Report("a.yaml", MinimalReport.Text);
        var d = Assert.Single(Load.Diagnostics(scratch, DiagnosticCodes.DuplicateId));
        Assert.EndsWith("content/jurisdictions.yaml", d.Location.File);
        const string line = "  - { code: \"330903\", name: 普陀区, level: county, parent: \"330900\", slug: putuo }";
        Assert.Equal((5, line.LastIndexOf("putuo", StringComparison.Ordinal) + 1), (d.Location.Line, d.Location.Column));
        Assert.Contains("'putuo' is already used at line 3", d.Message);
    }

    [Fact]
    public void Two_places_of_one_name_with_slugs_that_name_their_city_are_two_jurisdictions()
    {
        using var scratch = new ScratchContent();
        File.WriteAllText(Path.Combine(scratch.Content, "jurisdictions.yaml"), Jurisdictions("shanghai-putuo", "zhoushan-putuo"));
        scratch.Report("a.yaml", MinimalReport.Text.Replace("\"140525\"", "\"330903\"", StringComparison.Ordinal));
        var result = ContentLoader.Load(scratch.Content);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["shanghai-putuo", "zhoushan-putuo"], result.Content!.Jurisdictions.Where(j => j.Name == "普陀区").Select(j => j.Slug));
    }
}
