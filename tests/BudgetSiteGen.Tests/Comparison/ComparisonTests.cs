using BudgetSiteGen.Building;
using BudgetSiteGen.Rendering;
using BudgetSiteGen.Tests.Support;
using BudgetSiteGen.ViewModels;
using BudgetSiteGen.ViewModels.Comparison;

namespace BudgetSiteGen.Tests.Comparison;

/// <summary>The two reports side by side, against figures read from both documents.</summary>
public sealed class ComparisonTests
{
    private static readonly UiText Text = LoadText();

    private static UiText LoadText()
    {
        var theme = ThemeLoader.Load(new ThemeFiles([Path.Combine(Repository.Themes, "default")]), "zh-CN", new Diagnostics.DiagnosticBag());
        return new UiText(theme!.Strings);
    }

    private static ComparisonContent ZezhouAndChangzhi()
    {
        var years = new[] { Seeds.Zezhou, Seeds.Changzhi };
        var columns = new[] { new ComparisonColumn("z", "泽州县", "", "", 0), new ComparisonColumn("c", "长治市", "", "", 1) };
        var facts = years.Select(y => ComparisonFacts.Of(y, MetricCatalog.For(Text, Model.ReportKind.Budget), new IndicatorNames(new Dictionary<string, string>()))).ToList();
        return new ComparisonBuilder(Text).Build(facts, columns, byYear: false, "");
    }

    private static ComparisonRow Row(ComparisonContent content, string id) => content.Sections.SelectMany(s => s.Rows).Single(r => r.Id == id);

    private static (string, string) Texts(ComparisonRow row) => (row.Cells[0].Text, row.Cells[1].Text);

    [Fact]
    public void Totals_operating_costs_and_staff_as_printed()
    {
        var content = ZezhouAndChangzhi();
        Assert.Equal(("1,806.23", "1,180.23"), Texts(Row(content, "total_budget")));
        Assert.Equal(("28.39", "50.47"), Texts(Row(content, "operating_costs")));
        Assert.Equal(("20", "14"), Texts(Row(content, "staff_active")));
    }

    [Fact]
    public void Public_costs_per_active_staff_member_are_computed_from_them_exactly_where_the_division_ends()
    {
        // 28.39 / 20 = 1.4195 and 50.47 / 14 = 3.605: both divisions end, so nothing is rounded; marked as computed.
        var row = Row(ZezhouAndChangzhi(), "public_per_staff");
        Assert.Equal(("1.4195", "3.605"), Texts(row));
        Assert.NotNull(row.Note);
    }

    [Fact]
    public void Function_class_208_side_by_side_and_a_code_one_side_lacks_is_absent_not_zero()
    {
        var content = ZezhouAndChangzhi();
        Assert.Equal(("1,557.08", "1,045.00"), Texts(Row(content, "code-208")));
        // Changzhi lists 205 教育支出 (0.45); Zezhou has no such class at all.
        var education = Row(content, "code-205");
        Assert.True(education.Cells[0].IsAbsent);
        Assert.Equal("无此科目", education.Cells[0].Text);
        Assert.Equal("0.45", education.Cells[1].Text);
        Assert.Equal("0.0%", education.Cells[1].Share);
    }

    [Fact]
    public void The_child_rehabilitation_unit_cost_is_set_beside_the_other_side()
    {
        var row = ZezhouAndChangzhi().Sections.Single(s => s.Id == "unit-costs").Rows.Single(r => r.Label == "残疾儿童康复救助补助标准");
        Assert.Equal("16000元/人；≤16000元/人/年", row.Cells[0].Text);
        Assert.True(row.Cells[1].IsAbsent);
    }

    [Fact]
    public void Shares_of_the_total_budget_stand_beside_amounts()
    {
        // 1,632.76 / 1,806.23 = 90.4 %; 1,087.83 / 1,180.23 = 92.2 %.
        var row = Row(ZezhouAndChangzhi(), "general_public_budget");
        Assert.Equal(("90.4%", "92.2%"), (row.Cells[0].Share!, row.Cells[1].Share!));
    }

    [Fact]
    public void A_second_year_of_a_department_gets_a_year_on_year_page_with_the_change()
    {
        using var scratch = new ScratchContent();
        var zezhou = File.ReadAllText(Path.Combine(Repository.Content, "reports/zezhou/dpf/2024-budget.yaml"));
        scratch.Report("zezhou/dpf/2024-budget.yaml", zezhou);
        // A synthetic 2023 report: same layout, another year, one total changed.
        var earlier = zezhou.Replace("  year: 2024", "  year: 2023", StringComparison.Ordinal)
            .Replace("{ name: 收入总计, role: grand_total, values: [1806.23] }", "{ name: 收入总计, role: grand_total, values: [1746.60] }", StringComparison.Ordinal);
        Assert.NotEqual(zezhou.Replace("  year: 2024", "  year: 2023", StringComparison.Ordinal), earlier);
        scratch.Report("zezhou/dpf/2023-budget.yaml", earlier);
        var output = Path.Combine(scratch.Root, "output");
        var result = SiteBuilder.Build(new BuildOptions(scratch.Content, output, Repository.Themes), SilentProgress.Instance);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message)));

        var page = File.ReadAllText(Path.Combine(output, "zezhou/dpf/compare.html"));
        // 1,806.23 − 1,746.60 = +59.63, which is +3.4 % of 1,746.60 (the narrative's 3.41 %).
        Assert.Contains("比上年 +59.63（+3.4%）", page);
        Assert.Contains("compare.html", File.ReadAllText(Path.Combine(output, "zezhou/dpf/2024-budget/index.html")));
    }
}
