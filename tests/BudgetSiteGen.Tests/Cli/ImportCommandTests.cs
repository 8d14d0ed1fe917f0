using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Cli;

/// <summary>`budgetsitegen import` as a bureau runs it: the workbooks in, the data file out, then `check`.</summary>
public sealed class ImportCommandTests
{
    private static string[] ZezhouArguments(string workbook, params string[] more) =>
    [
        "import", workbook, "--layout", "shanxi-budget", "--jurisdiction", "140525", "--department", "泽州县残疾人联合会",
        "--kind", "budget", "--year", "2024", .. more,
    ];

    [Fact]
    public void Import_writes_a_data_file_that_check_passes_and_check_names_what_is_still_to_write()
    {
        using var scratch = new ScratchContent();
        var workbook = FixtureWorkbook.All["zezhou"].Path;

        var import = Support.Cli.Invoke(scratch.Root, ZezhouArguments(workbook, "-o", "content/reports/zezhou/dpf/2024-budget.yaml"));
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("imported 13 table(s), 243 row(s)", import.StdErr, StringComparison.Ordinal);

        var written = File.ReadAllText(Path.Combine(scratch.Content, "reports", "zezhou", "dpf", "2024-budget.yaml"));
        Assert.Contains("kind: dpf", written, StringComparison.Ordinal);
        Assert.Contains("- { code: \"2081101\", name: 行政运行, values: [200.87, 200.87, ~, ~, ~, ~, ~] }", written, StringComparison.Ordinal);

        var check = Support.Cli.Invoke(scratch.Root, "check");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("2024-budget.yaml", check.StdErr, StringComparison.Ordinal);
        Assert.Contains("warning BSG254", check.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(": error ", check.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_of_a_workbook_with_a_problem_exits_1_names_sheet_and_cell_and_writes_nothing()
    {
        using var scratch = new ScratchContent();
        var workbook = Path.Combine(FixtureWorkbook.Folder, "problems", "text-in-amount.xlsx");

        var run = Support.Cli.Invoke(scratch.Root, ZezhouArguments(workbook, "-o", "out.yaml"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("text-in-amount.xlsx!预算公开表3!C9: error BSG246: the cell holds the text '待定'", run.StdErr, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(scratch.Root, "out.yaml")));
    }

    [Fact]
    public void Import_without_an_output_file_prints_the_data_file()
    {
        using var scratch = new ScratchContent();
        var run = Support.Cli.Invoke(scratch.Root, ZezhouArguments(Path.Combine(FixtureWorkbook.Folder, "problems", "clean.xlsx")));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# yaml-language-server", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("layout: shanxi-budget", run.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_to_replace_a_file_without_force_and_an_unknown_layout_as_usage_errors()
    {
        using var scratch = new ScratchContent();
        File.WriteAllText(Path.Combine(scratch.Root, "kept.yaml"), "mine");
        var workbook = Path.Combine(FixtureWorkbook.Folder, "problems", "clean.xlsx");

        var existing = Support.Cli.Invoke(scratch.Root, ZezhouArguments(workbook, "-o", "kept.yaml"));
        Assert.Equal(2, existing.ExitCode);
        Assert.Contains("--force", existing.StdErr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(scratch.Root, "kept.yaml")));

        string[] wrongLayout = ["import", workbook, "--layout", "zhejiang-budget", "--jurisdiction", "140525", "--department", "泽州县残疾人联合会", "--kind", "budget", "--year", "2024"];
        var unknown = Support.Cli.Invoke(scratch.Root, wrongLayout);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("shanxi-budget", unknown.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_has_help_naming_its_options()
    {
        var run = Support.Cli.Invoke(Repository.Root, "import", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--layout", "--jurisdiction", "--department", "--kind", "--year", "--unit", "--output" })
        {
            Assert.Contains(option, run.StdOut, StringComparison.Ordinal);
        }
    }
}
