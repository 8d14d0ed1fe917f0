using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Loading;

/// <summary>
/// Two street offices of one district are two departments. Without slugs both would be addressed by their kind's id
/// and silently become one department; instead it is an error naming both files, in check and in build alike.
/// </summary>
public sealed class DepartmentAddressTests
{
    private const string Kinds = """
        department_kinds:
          - { id: finance, name: 财政局 }
          - { id: street-office, name: 街道办事处 }
        """;

    private static string StreetOffice(string name, string? slug) => $"""
        schema_version: 1
        report: {"{"} kind: budget, year: 2025, title: {name}2025年部门预算, money_unit: 元 {"}"}
        jurisdiction: "310107"
        department:
          name: {name}
          kind: street-office
        {(slug is null ? "" : $"  slug: {slug}")}
        tables:
          - number: 3
            type: expenditure_summary
            title: 部门支出预算总表
            columns: [{"{"} label: 合计, role: total {"}"}]
            rows: [{"{"} name: 合计, values: [100.00] {"}"}]
        """;

    private static ScratchContent TwoStreetOffices(string? firstSlug, string? secondSlug)
    {
        var scratch = new ScratchContent();
        File.WriteAllText(Path.Combine(scratch.Content, "department-kinds.yaml"), Kinds);
        scratch.Report("shanghai-putuo/changshou/2025-budget.yaml", StreetOffice("上海市普陀区人民政府长寿路街道办事处", firstSlug));
        scratch.Report("shanghai-putuo/caoyang/2025-budget.yaml", StreetOffice("上海市普陀区人民政府曹杨新村街道办事处", secondSlug));
        return scratch;
    }

    [Fact]
    public void Two_departments_without_slugs_in_one_jurisdiction_are_BSG195_naming_both_files()
    {
        using var scratch = TwoStreetOffices(null, null);
        var result = ContentLoader.Load(scratch.Content);
        Assert.Null(result.Content);
        var d = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DepartmentAddressConflict);

        // Files are taken in path order, so the second is the one under changshou/, reported at its 'report' key.
        Assert.EndsWith("reports/shanghai-putuo/changshou/2025-budget.yaml", d.Location.File);
        Assert.Equal((2, 1), (d.Location.Line, d.Location.Column));
        Assert.Contains("上海市普陀区人民政府长寿路街道办事处", d.Message);
        Assert.Contains("上海市普陀区人民政府曹杨新村街道办事处", d.Message);
        Assert.Contains("reports/shanghai-putuo/caoyang/2025-budget.yaml", d.Message);
        Assert.Contains("'street-office' (the kind id, since the file gives none)", d.Message);
        Assert.Contains("department.slug", d.Expected);
    }

    [Fact]
    public void Two_departments_with_slugs_of_their_own_are_two_departments()
    {
        using var scratch = TwoStreetOffices("changshou-street", "caoyang-street");
        var result = ContentLoader.Load(scratch.Content);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["caoyang-street", "changshou-street"], result.Content!.DepartmentYears.Select(y => y.Department.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_same_slug_written_twice_for_two_departments_is_the_same_error()
    {
        using var scratch = TwoStreetOffices("street", "street");
        var d = Assert.Single(ContentLoader.Load(scratch.Content).Diagnostics, d => d.Code == DiagnosticCodes.DepartmentAddressConflict);
        Assert.Contains("the slug 'street'", d.Message);
        Assert.DoesNotContain("kind id", d.Message);
    }

    [Fact]
    public void Check_exits_1_and_prints_the_conflict_with_both_files()
    {
        using var scratch = TwoStreetOffices(null, null);
        var run = Support.Cli.Invoke(scratch.Root, "check");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/reports/shanghai-putuo/changshou/2025-budget.yaml:2:1: error BSG195:", run.StdErr);
        Assert.Contains("content/reports/shanghai-putuo/caoyang/2025-budget.yaml", run.StdErr);
    }

    [Fact]
    public void Build_fails_with_the_same_error_instead_of_publishing_one_department_with_two_names()
    {
        using var scratch = TwoStreetOffices(null, null);
        var run = Support.Cli.Invoke(scratch.Root, "build", "--themes", Repository.Themes);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/reports/shanghai-putuo/changshou/2025-budget.yaml:2:1: error BSG195:", run.StdErr);
        Assert.Contains("content/reports/shanghai-putuo/caoyang/2025-budget.yaml", run.StdErr);
        Assert.False(Directory.Exists(Path.Combine(scratch.Root, "output")), "a failed build must not publish a site");
    }
}
