using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void Check_on_the_real_content_passes_and_prints_a_summary()
    {
        var run = Support.Cli.Invoke(Repository.Root, "check");
        Assert.Equal(0, run.ExitCode);
        // Two Shanxi budgets of 13 tables and two Shanghai reports of 9.
        Assert.Contains("4 department-years, 44 tables", run.StdOut);
        Assert.Contains("35 cards", run.StdOut);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(run.StdOut, @"\n  rules: \d+ ran, \d+ not applicable, \d+ could not run\n").Count);
        Assert.Equal(string.Empty, run.StdErr);
    }

    [Fact]
    public void Check_with_a_broken_file_exits_1_and_prints_file_line_and_column_without_a_stack_trace()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.WithLine(5, "  titel: 测试报告"));
        var run = Support.Cli.Invoke(scratch.Root, "check");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/reports/a.yaml:5:3: error BSG111: unknown field 'titel'", run.StdErr);
        Assert.Contains("  5 |   titel: 测试报告", run.StdErr);
        Assert.DoesNotContain("   at ", run.StdErr);
    }

    [Fact]
    public void A_missing_content_folder_is_a_diagnostic_not_a_crash()
    {
        using var scratch = new ScratchContent();
        var run = Support.Cli.Invoke(scratch.Root, "check", "--content", "no-such-folder");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("BSG150", run.StdErr);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var run = Support.Cli.Invoke(Repository.Root, "check", "--no-such-option");
        Assert.Equal(2, run.ExitCode);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    [InlineData("serve")]
    [InlineData("archive")]
    public void Every_command_has_help(string command)
    {
        var run = Support.Cli.Invoke(Repository.Root, command, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--content", run.StdOut);
    }

    [Fact]
    public void Build_writes_a_home_page_listing_every_department_year()
    {
        using var scratch = new ScratchContent();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Content, "reports"), "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(scratch.Content, Path.GetRelativePath(Repository.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var run = Support.Cli.Invoke(scratch.Root, "build", "--themes", Repository.Themes);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var home = File.ReadAllText(Path.Combine(scratch.Root, "output", "index.html"));
        Assert.Contains("泽州县残疾人联合会", home);
        Assert.Contains("长治市残疾人联合会", home);
        Assert.Contains("1,806.23", home);
        Assert.Contains("1,180.23", home);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        Assert.Equal(0, Support.Cli.Invoke(scratch.Root, "build", "--themes", Repository.Themes).ExitCode);
        var home = Path.Combine(scratch.Root, "output", "index.html");
        var before = File.ReadAllBytes(home);

        scratch.Report("a.yaml", MinimalReport.WithLine(24, "      - { code: \"208\", name: x, values: [oops, 4.00] }"));
        var run = Support.Cli.Invoke(scratch.Root, "build", "--themes", Repository.Themes);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(home));
        Assert.Empty(Directory.GetDirectories(scratch.Root, ".output.staging-*"));
    }

    [Fact]
    public void Check_reports_findings_as_json_for_tools()
    {
        var run = Support.Cli.Invoke(Repository.Root, "check", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.StdOut);
        var years = json.RootElement.GetProperty("departmentYears");
        Assert.Equal(4, years.GetArrayLength());
        var finding = years.EnumerateArray().SelectMany(y => y.GetProperty("findings").EnumerateArray())
            .First(f => f.GetProperty("rule").GetString() == "BSG217");
        Assert.Equal("discrepancy", finding.GetProperty("kind").GetString());
        Assert.Equal(12, finding.GetProperty("location").GetProperty("table").GetInt32());
        Assert.True(json.RootElement.GetProperty("rules").GetArrayLength() >= 17);
    }

    [Fact]
    public void Discrepancies_are_warnings_unless_strict()
    {
        Assert.Equal(0, Support.Cli.Invoke(Repository.Root, "check").ExitCode);
        var strict = Support.Cli.Invoke(Repository.Root, "check", "--strict");
        Assert.Equal(4, strict.ExitCode);
        Assert.Contains("BSG217", strict.StdOut);
    }

    [Fact]
    public void Check_file_prints_only_that_reports_findings_and_leaves_the_others_out()
    {
        var run = Support.Cli.Invoke(Repository.Root, "check", "--file", "content/reports/changzhi/dpf/2024-budget.yaml");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("content/reports/changzhi/dpf/2024-budget.yaml · 长治市残疾人联合会 2024:", run.StdOut);
        Assert.Contains("BSG217", run.StdOut);
        Assert.DoesNotContain("泽州县", run.StdOut);
        Assert.DoesNotContain("普陀区", run.StdOut);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(run.StdOut, @"\n  rules: "));
    }

    [Fact]
    public void Check_file_takes_several_files_relative_or_absolute_and_groups_findings_by_file()
    {
        var absolute = Path.Combine(Repository.Root, "content", "reports", "zezhou", "dpf", "2024-budget.yaml");
        var run = Support.Cli.Invoke(Repository.Root, "check", "--file", absolute, "content/reports/changzhi/dpf/2024-budget.yaml");
        Assert.Equal(0, run.ExitCode);
        var changzhi = run.StdOut.IndexOf("content/reports/changzhi/dpf/2024-budget.yaml · ", StringComparison.Ordinal);
        var zezhou = run.StdOut.IndexOf("content/reports/zezhou/dpf/2024-budget.yaml · ", StringComparison.Ordinal);
        Assert.True(changzhi >= 0 && zezhou > changzhi, "each file's findings under its own heading, files in order");
        Assert.DoesNotContain("普陀区", run.StdOut);
    }

    [Fact]
    public void Check_file_shows_only_that_files_errors_and_counts_the_others()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.WithLine(5, "  titel: 测试报告"));
        scratch.Report("b.yaml", MinimalReport.WithLine(5, "  tittle: 测试报告"));
        var run = Support.Cli.Invoke(scratch.Root, "check", "--file", "content/reports/b.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/reports/b.yaml:5:3: error BSG111", run.StdErr);
        Assert.DoesNotContain("a.yaml", run.StdErr);
        Assert.Contains("and 1 in other files", run.StdErr);
    }

    [Fact]
    public void Check_file_naming_no_report_of_the_content_is_a_usage_error()
    {
        var run = Support.Cli.Invoke(Repository.Root, "check", "--file", "content/reports/nowhere.yaml");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a report of the content folder", run.StdErr);
    }
}
