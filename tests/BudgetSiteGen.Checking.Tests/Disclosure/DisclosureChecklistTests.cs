using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Disclosure;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;
using static BudgetSiteGen.Tests.Disclosure.DisclosureReport;

namespace BudgetSiteGen.Tests.Disclosure;

/// <summary>Each checklist item held and failed on a report written for it.</summary>
public sealed class DisclosureChecklistTests
{
    private const string File = "zezhou/dpf/2024-budget.yaml";

    /// <summary>A layout of three tables, the third one optional, so a test can publish all or leave one out.</summary>
    private const string TestLayout = """
        id: test-budget
        name: 测试预算公开表（3张）
        kind: budget
        unit: 万元
        tables:
          - { number: 3, type: expenditure_summary, title: 预算支出总表 }
          - { number: 10, type: three_public, title: 财政拨款安排“三公”经费支出预算表 }
          - { number: 11, type: operating_costs, title: 机关运行经费预算表, required: false }
        """;

    private static readonly string Summary = ExpenditureSummary(100m, 40m);

    private static DisclosureResult Evaluate(DisclosureReport report, string item)
    {
        using var scratch = new ScratchContent();
        Directory.CreateDirectory(Path.Combine(scratch.Content, "layouts"));
        System.IO.File.WriteAllText(Path.Combine(scratch.Content, "layouts", "test-budget.yaml"), TestLayout);
        scratch.Report(File, report.Text());
        var loaded = ContentLoader.Load(scratch.Content);
        Assert.True(loaded.Content is not null, string.Join("\n", loaded.Diagnostics.Select(d => $"{d.Location}: {d.Code} {d.Message}")));
        var year = Assert.Single(loaded.Content!.DepartmentYears);
        return DisclosureChecklist.Evaluate(year, loaded.Content.Layouts).Single(r => r.Item == item);
    }

    private static IEnumerable<string> Keys(DisclosureResult result) => result.Notes.Select(n => n.Key);

    [Fact]
    public void A_report_with_every_required_table_of_its_layout_meets_the_tables_item_even_without_an_optional_one()
    {
        var result = Evaluate(new DisclosureReport { Layout = "test-budget", Tables = [Summary, Table(10, "three_public", "三公表", 0.5m)] }, "required-tables");

        Assert.Equal(DisclosureOutcome.Met, result.Outcome);
        Assert.Equal(["2", "2", "测试预算公开表（3张）"], result.Notes[0].Values);
    }

    [Fact]
    public void A_required_table_left_out_fails_the_tables_item_and_is_named()
    {
        var result = Evaluate(new DisclosureReport { Layout = "test-budget", Tables = [Summary] }, "required-tables");

        Assert.Equal(DisclosureOutcome.NotMet, result.Outcome);
        var missing = Assert.Single(result.Notes, n => n.Key == "table_missing");
        Assert.Equal(["10", "财政拨款安排“三公”经费支出预算表"], missing.Values);
    }

    [Fact]
    public void A_required_table_published_empty_without_a_statement_fails_and_with_one_passes()
    {
        var without = Evaluate(new DisclosureReport { Layout = "test-budget", Tables = [Summary, Table(10, "three_public", "三公表", empty: true)] }, "required-tables");
        var with = Evaluate(new DisclosureReport { Layout = "test-budget", Tables = [Summary, Table(10, "three_public", "三公表", empty: true, statement: "本部门无三公经费，故本表无数据。")] }, "required-tables");

        Assert.Equal(DisclosureOutcome.NotMet, without.Outcome);
        Assert.Equal(10, Assert.Single(without.Notes, n => n.Key == "table_empty_without_statement").Table);
        Assert.Equal(DisclosureOutcome.Met, with.Outcome);
    }

    [Fact]
    public void A_report_that_names_no_layout_has_its_required_tables_unknown_not_met()
    {
        var result = Evaluate(new DisclosureReport { Layout = null, Tables = [Summary] }, "required-tables");

        Assert.Equal(DisclosureOutcome.Unknown, result.Outcome);
        Assert.Equal(["no_layout"], Keys(result));
    }

    [Fact]
    public void Empty_tables_need_a_statement_each_and_a_report_without_any_has_nothing_to_state()
    {
        var none = Evaluate(new DisclosureReport { Tables = [Summary] }, "empty-tables");
        var stated = Evaluate(new DisclosureReport { Tables = [Summary, Table(9, "state_capital", "国资表", empty: true, statement: "注：本表无数据")] }, "empty-tables");
        var silent = Evaluate(new DisclosureReport { Tables = [Summary, Table(9, "state_capital", "国资表", empty: true, statement: "注：本表无数据"), Table(7, "government_fund_income", "基金表", empty: true)] }, "empty-tables");

        Assert.Equal(DisclosureOutcome.NotApplicable, none.Outcome);
        Assert.Equal(DisclosureOutcome.Met, stated.Outcome);
        Assert.Equal(["国资表", "注：本表无数据"], Assert.Single(stated.Notes).Values);
        Assert.Equal(DisclosureOutcome.NotMet, silent.Outcome);
        Assert.Equal(7, Assert.Single(silent.Notes, n => n.Key == "empty_table_without_statement").Table);
    }

    [Theory]
    [InlineData("比上年减少0.50万元，主要原因是压减因公出国（境）费。", DisclosureOutcome.Met, "change_with_reason")]
    [InlineData("2024年“三公”经费预算0.20万元，与2023年预算数相同。", DisclosureOutcome.Met, "no_change_stated")]
    [InlineData("“三公”经费支出决算数小于预算数的主要原因：当年度无“三公”经费支出。", DisclosureOutcome.Met, "change_with_reason")]
    [InlineData("比上年减少0.50万元。", DisclosureOutcome.NotMet, "no_reason")]
    [InlineData("本部门无“三公”经费预算。", DisclosureOutcome.NotMet, "no_comparison")]
    public void The_three_public_explanation_must_compare_and_give_the_reason_for_a_change(string body, DisclosureOutcome outcome, string key)
    {
        var result = Evaluate(new DisclosureReport { Tables = [Summary], Sections = [("three-public", "“三公”经费增减变动原因说明", body)] }, "three-public");

        Assert.Equal(outcome, result.Outcome);
        Assert.Contains(key, Keys(result));
    }

    [Fact]
    public void A_report_without_a_three_public_section_does_not_meet_the_item_even_with_the_table()
    {
        var result = Evaluate(new DisclosureReport { Tables = [Summary, Table(10, "three_public", "三公表", 0.2m)] }, "three-public");

        Assert.Equal(DisclosureOutcome.NotMet, result.Outcome);
        Assert.Equal(["table", "three_public_not_explained"], Keys(result));
    }

    [Fact]
    public void Operating_costs_are_met_by_their_explanation_and_not_by_a_table_alone()
    {
        var explained = Evaluate(new DisclosureReport { Tables = [Summary, Table(11, "operating_costs", "机关运行经费预算表", 28.39m)], Sections = [("operating-costs", "机关运行经费", "机关运行经费财政拨款预算28.39万元。")] }, "operating-costs");
        var tableOnly = Evaluate(new DisclosureReport { Tables = [Summary, Table(11, "operating_costs", "机关运行经费预算表", 28.39m)] }, "operating-costs");

        Assert.Equal(DisclosureOutcome.Met, explained.Outcome);
        Assert.Equal(["section", "table"], Keys(explained));
        Assert.Equal(DisclosureOutcome.NotMet, tableOnly.Outcome);
    }

    [Theory]
    [InlineData("政府采购预算总额18.83万元。其中：政府采购货物预算14.63万元、政府采购工程预算0万元、政府采购服务预算4.20万元。", DisclosureOutcome.Met)]
    [InlineData("本部门无政府采购预算。", DisclosureOutcome.Met)]
    [InlineData("政府采购预算总额18.83万元。", DisclosureOutcome.NotMet)]
    public void Procurement_is_explained_by_goods_works_and_services_or_by_stating_there_is_none(string body, DisclosureOutcome outcome)
    {
        var result = Evaluate(new DisclosureReport { Tables = [Summary], Sections = [("procurement", "政府采购情况", body)] }, "procurement");

        Assert.Equal(outcome, result.Outcome);
    }

    [Fact]
    public void A_report_without_procurement_assets_or_glossary_misses_each_of_them()
    {
        var report = new DisclosureReport { Tables = [Summary] };

        Assert.Equal(DisclosureOutcome.NotMet, Evaluate(report, "procurement").Outcome);
        Assert.Equal(DisclosureOutcome.NotMet, Evaluate(report, "assets").Outcome);
        Assert.Equal(DisclosureOutcome.NotMet, Evaluate(report, "glossary").Outcome);
    }

    [Fact]
    public void State_assets_and_a_glossary_are_met_when_published()
    {
        var report = new DisclosureReport
        {
            Tables = [Summary],
            Sections = [("assets", "国有资产占有使用情况", "截至2023年12月31日，共有公务用车1辆。")],
            Glossary = ["基本支出", "项目支出"],
        };

        Assert.Equal(DisclosureOutcome.Met, Evaluate(report, "assets").Outcome);
        var glossary = Evaluate(report, "glossary");
        Assert.Equal(DisclosureOutcome.Met, glossary.Outcome);
        Assert.Equal(["2"], Assert.Single(glossary.Notes).Values);
    }

    [Fact]
    public void Performance_goals_report_the_share_of_the_project_table_that_cards_cover()
    {
        var report = new DisclosureReport
        {
            Tables = [Summary, Table(12, "projects_current", "项目支出预算表", 80.00m)],
            Cards = [("a", 300000m), ("b", 100000m)],
        };

        var result = Evaluate(report, "performance-goals");

        Assert.Equal(DisclosureOutcome.Met, result.Outcome);
        Assert.Equal(12, result.Notes[0].Table);
        Assert.Equal("80.00", result.Notes[0].Values[1]);
        Assert.Equal([MoneyUnit.TenThousandYuan], result.Notes[0].Units);
        var cover = Assert.Single(result.Notes, n => n.Key == "cards_cover");
        Assert.Equal(["2", "40.00", "50.0"], cover.Values);
        Assert.Equal([MoneyUnit.TenThousandYuan], cover.Units);
    }

    [Fact]
    public void Performance_goals_read_the_summary_project_column_when_the_project_table_is_empty_and_fail_without_cards()
    {
        var report = new DisclosureReport { Tables = [Summary, Table(12, "projects_current", "项目支出预算表", empty: true, statement: "本表无数据")] };

        var result = Evaluate(report, "performance-goals");

        Assert.Equal(DisclosureOutcome.NotMet, result.Outcome);
        Assert.Equal(3, result.Notes[0].Table);
        Assert.Equal("40", result.Notes[0].Values[1]);
        Assert.Equal([MoneyUnit.TenThousandYuan], result.Notes[0].Units);
        Assert.Equal("no_cards", result.Notes[1].Key);
    }

    [Fact]
    public void Performance_goals_are_unknown_when_no_table_gives_the_project_funds()
    {
        var result = Evaluate(new DisclosureReport { Tables = [Table(10, "three_public", "三公表", 0.2m)], Cards = [("a", 1000m)] }, "performance-goals");

        Assert.Equal(DisclosureOutcome.Unknown, result.Outcome);
    }

    [Fact]
    public void Final_accounts_must_explain_the_difference_from_the_budget_and_budgets_need_not()
    {
        var budget = Evaluate(new DisclosureReport { Tables = [Summary] }, "budget-variance");
        var explained = Evaluate(new DisclosureReport
        {
            Kind = "final_accounts",
            Layout = null,
            Tables = [Summary],
            Sections = [("general-budget", "一般公共预算财政拨款支出决算情况说明", "年初预算为10.00万元，支出决算为8.00万元。决算数小于预算数的主要原因：项目调减。")],
        }, "budget-variance");
        var silent = Evaluate(new DisclosureReport
        {
            Kind = "final_accounts",
            Layout = null,
            Tables = [Summary],
            Sections = [("general-budget", "一般公共预算财政拨款支出决算情况说明", "一般公共预算财政拨款支出8.00万元。")],
        }, "budget-variance");

        Assert.Equal(DisclosureOutcome.NotApplicable, budget.Outcome);
        Assert.Equal(DisclosureOutcome.Met, explained.Outcome);
        Assert.Equal("general-budget", Assert.Single(explained.Notes).Section);
        Assert.Equal(DisclosureOutcome.NotMet, silent.Outcome);
    }

    [Fact]
    public void Final_accounts_have_no_performance_goals_to_cover()
    {
        var result = Evaluate(new DisclosureReport { Kind = "final_accounts", Layout = null, Tables = [Summary] }, "performance-goals");

        Assert.Equal(DisclosureOutcome.NotApplicable, result.Outcome);
    }

    [Theory]
    [InlineData(null, DisclosureOutcome.Unknown)]
    [InlineData("  approved: 2024-02-01", DisclosureOutcome.Unknown)]
    [InlineData("  published: 2024-02-21", DisclosureOutcome.Unknown)]
    [InlineData("  approved: 2024-02-01\n  published: 2024-02-21", DisclosureOutcome.Met)]
    [InlineData("  approved: 2024-02-01\n  published: 2024-02-22", DisclosureOutcome.NotMet)]
    public void Publication_within_twenty_days_of_approval_needs_both_dates(string? dates, DisclosureOutcome outcome)
    {
        var result = Evaluate(new DisclosureReport { Tables = [Summary], Dates = dates }, "timeliness");

        Assert.Equal(outcome, result.Outcome);
    }

    [Fact]
    public void The_days_between_approval_and_publication_are_shown()
    {
        var result = Evaluate(new DisclosureReport { Tables = [Summary], Dates = "  approved: 2024-02-01\n  published: 2024-02-22" }, "timeliness");

        Assert.Equal(["2024-02-01", "2024-02-22", "21", "20"], Assert.Single(result.Notes).Values);
    }

    [Fact]
    public void An_approval_date_that_is_not_a_date_is_a_located_error()
    {
        var text = new DisclosureReport { Tables = [Summary], Dates = "  approved: 2024-13-01" }.Text();

        var diagnostic = Load.Single(File, text, DiagnosticCodes.InvalidDate);

        Assert.Equal((8, 13), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("report.approved", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_publication_date_before_the_approval_date_is_a_located_error()
    {
        var text = new DisclosureReport { Tables = [Summary], Dates = "  approved: 2024-02-01\n  published: 2024-01-20" }.Text();

        var diagnostic = Load.Single(File, text, DiagnosticCodes.PublishedBeforeApproved);

        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal((9, 14), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("2024-01-20", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Expected));
    }
}
