using BudgetSiteGen.Disclosure;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;
using static BudgetSiteGen.Disclosure.DisclosureOutcome;

namespace BudgetSiteGen.Tests.Disclosure;

/// <summary>
/// The checklist on the four published reports, each outcome verified by a person against the source text; the
/// comment beside an outcome says where the source shows it.
/// </summary>
public sealed class SeedDisclosureTests
{
    private static Dictionary<string, DisclosureResult> Results(DepartmentYear year) =>
        DisclosureChecklist.Evaluate(year, Seeds.Content.Layouts).ToDictionary(r => r.Item);

    private static DepartmentYear Report(string department) => Seeds.Content.DepartmentYears.Single(y => y.Department.Name == department);

    private static Dictionary<string, DisclosureOutcome> Outcomes(DepartmentYear year) => Results(year).ToDictionary(p => p.Key, p => p.Value.Outcome);

    [Fact]
    public void Zezhou_misses_only_the_three_public_comparison_and_its_dates_are_unknown()
    {
        var expected = new Dictionary<string, DisclosureOutcome>
        {
            ["required-tables"] = Met, // all 13 预算公开表, 表9 and 表10 empty with 注：本表无数据
            ["empty-tables"] = Met,
            ["three-public"] = NotMet, // 三、“三公”经费增减变动原因说明 says only 本部门无“三公”经费预算。
            ["operating-costs"] = Met,
            ["procurement"] = Met, // 货物0.50、工程0、服务366.22万元
            ["assets"] = Met,
            ["performance-goals"] = Met, // 22 cards
            ["budget-variance"] = NotApplicable,
            ["glossary"] = Met, // 第四部分 名词解释
            ["timeliness"] = Unknown, // the text prints no approval or publication date
        };

        Assert.Equal(expected, Outcomes(Seeds.Zezhou));
        Assert.Contains("no_comparison", Results(Seeds.Zezhou)["three-public"].Notes.Select(n => n.Key));
    }

    [Fact]
    public void Zezhou_cards_cover_all_of_its_project_table()
    {
        var goals = Results(Seeds.Zezhou)["performance-goals"];

        // 表12's first line (the department) is 1,505.58万元; the 22 cards' year funds add up to the same.
        Assert.Equal(["预算公开表12 2024年项目支出预算表（本年预算）", "1,505.58"], goals.Notes[0].Values);
        Assert.Equal([MoneyUnit.TenThousandYuan], goals.Notes[0].Units);
        Assert.Equal(["22", "1,505.58", "100.0"], goals.Notes.Single(n => n.Key == "cards_cover").Values);
    }

    [Fact]
    public void Changzhi_reads_its_project_funds_from_the_expenditure_summary_because_its_project_table_is_empty()
    {
        var results = Results(Seeds.Changzhi);

        Assert.All(new[] { "required-tables", "empty-tables", "three-public", "operating-costs", "procurement", "assets", "glossary" },
            item => Assert.Equal(Met, results[item].Outcome));
        Assert.Equal(Unknown, results["timeliness"].Outcome);
        var goals = results["performance-goals"];
        Assert.Equal(Met, goals.Outcome);
        Assert.Equal(3, goals.Notes[0].Table);
    }

    [Fact]
    public void The_Putuo_government_office_publishes_no_performance_cards()
    {
        var results = Results(Report("上海市普陀区人民政府办公室"));

        // 绩效目标设置情况 says 11 projects have goals (6626万元), but the report points to an unpublished 项目绩效目标表.
        Assert.Equal(NotMet, results["performance-goals"].Outcome);
        Assert.All(new[] { "required-tables", "empty-tables", "three-public", "operating-costs", "procurement", "assets", "glossary" },
            item => Assert.Equal(Met, results[item].Outcome));
        Assert.Equal(NotApplicable, results["budget-variance"].Outcome);
    }

    [Fact]
    public void The_Putuo_finance_bureau_explains_its_final_accounts_against_the_budget_but_its_transcription_has_no_glossary()
    {
        var results = Results(Report("上海市普陀区财政局"));

        // 五（三）: 决算数小于预算数的主要原因：因年度工作计划安排，个别信息化项目和中介机构服务调减。
        Assert.Equal(Met, results["budget-variance"].Outcome);
        Assert.Equal("general-budget", results["budget-variance"].Notes[0].Section);
        Assert.Equal(NotApplicable, results["performance-goals"].Outcome);
        Assert.Equal(NotMet, results["glossary"].Outcome);
        Assert.Equal(Met, results["three-public"].Outcome);
    }
}
