using System.Text.Json;
using AngleSharp.Html.Parser;
using BudgetSiteGen.Building;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Pages;

/// <summary>
/// A rule that could not check a report says so, on the report's 数据核对 page, on the site-wide page and in
/// `check --format json`, so that a report the rules could not read never looks clean. Here the only total the
/// table-total rule could compare is a cell the transcriber could not read.
/// </summary>
public sealed class ChecksCoverageTests
{
    private const string Report = """
        schema_version: 1
        report:
          kind: final_accounts
          year: 2024
          title: 测试审计局2024年度部门决算
          money_unit: 万元
        jurisdiction: "310107"
        department:
          name: 测试审计局
          kind: finance
          slug: audit
        tables:
          - number: 3
            type: expenditure_summary
            title: 支出决算表
            stub:
              - { label: 科目编码, field: code }
              - { label: 科目名称, field: name }
            columns:
              - { label: 本年支出合计, role: total }
            rows:
              - { name: 合计, role: total, values: ["?"] }
              - { code: "201", name: 一般公共服务支出, values: [10.00] }
        """;

    [Fact]
    public void A_rule_that_could_not_run_is_shown_with_what_it_missed_on_the_checks_pages()
    {
        using var scratch = new ScratchContent();
        scratch.Report("shanghai-putuo/audit/2024-final-accounts.yaml", Report);
        var output = Path.Combine(scratch.Root, "output");
        Assert.True(SiteBuilder.Build(new BuildOptions(scratch.Content, output, Repository.Themes), SilentProgress.Instance).Succeeded);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "shanghai-putuo/audit/2024-final/checks.html")));
        var row = page.QuerySelectorAll("table.coverage-table tbody tr").Single(tr => tr.QuerySelector(".rule-code")!.TextContent == "BSG201");
        var cells = row.Children.Select(PageText.Visible).ToList();
        Assert.Equal("无法核对", cells[1]);
        Assert.Equal("0", cells[2]);
        Assert.Contains("无法辨认", cells[3]);
        Assert.Contains("could-not-run", row.ClassList);
        Assert.Contains("无法核对", page.QuerySelector("main p.unit-note")!.TextContent);

        var summary = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "checks.html")));
        var headers = summary.QuerySelectorAll("table.checks-table thead th").Select(th => th.TextContent).ToList();
        var line = summary.QuerySelector("table.checks-table tbody tr")!.Children.Select(PageText.Visible).ToList();
        Assert.Equal("1", line[headers.IndexOf("无法核对")]);
    }

    [Fact]
    public void Check_prints_each_reports_rule_counts_and_its_json_lists_the_coverage_of_every_rule()
    {
        using var scratch = new ScratchContent();
        scratch.Report("shanghai-putuo/audit/2024-final-accounts.yaml", Report);

        var text = Support.Cli.Invoke(scratch.Root, "check", "--content", scratch.Content);
        Assert.Equal(0, text.ExitCode);
        Assert.Matches(@"rules: \d+ ran, \d+ not applicable, 1 could not run", text.StdOut);
        Assert.Contains("BSG201 could not run: ", text.StdOut);

        var json = Support.Cli.Invoke(scratch.Root, "check", "--content", scratch.Content, "--format", "json");
        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.StdOut);
        var report = document.RootElement.GetProperty("departmentYears")[0];
        Assert.Equal("final_accounts", report.GetProperty("kind").GetString());
        Assert.Equal(1, report.GetProperty("rulesCouldNotRun").GetInt32());
        var coverage = report.GetProperty("coverage").EnumerateArray().ToList();
        Assert.Equal(document.RootElement.GetProperty("rules").GetArrayLength(), coverage.Count);
        var total = coverage.Single(c => c.GetProperty("rule").GetString() == "BSG201");
        Assert.Equal("could_not_run", total.GetProperty("status").GetString());
        Assert.Equal(0, total.GetProperty("comparisons").GetInt32());
        Assert.Contains("无法辨认", total.GetProperty("reason").GetString());
        Assert.Contains("无法辨认", total.GetProperty("notChecked")[0].GetString());
    }
}
