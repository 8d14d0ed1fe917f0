using BudgetSiteGen.Model;
using BudgetSiteGen.Rendering;
using BudgetSiteGen.Tests.Support;
using BudgetSiteGen.ViewModels;
using BudgetSiteGen.ViewModels.Comparison;

namespace BudgetSiteGen.Tests.Units;

/// <summary>Amounts per staff member are divided in decimal; a quotient that does not end is rounded, and says so.</summary>
public sealed class PerStaffTests
{
    private static readonly UiText Text = new(ThemeLoader.Load(new ThemeFiles([Path.Combine(Repository.Themes, "default")]), "zh-CN", new Diagnostics.DiagnosticBag())!.Strings);

    [Fact]
    public void Personnel_costs_per_staff_member_are_exact_or_marked_as_rounded()
    {
        var catalog = MetricCatalog.For(Text, ReportKind.Budget);
        var names = new IndicatorNames(new Dictionary<string, string>());
        var columns = new[] { new ComparisonColumn("z", "泽州县", "", "", 0), new ComparisonColumn("c", "长治市", "", "", 1) };
        var content = new ComparisonBuilder(Text).Build([ComparisonFacts.Of(Seeds.Zezhou, catalog, names), ComparisonFacts.Of(Seeds.Changzhi, catalog, names)], columns, byYear: false, "");
        var row = content.Sections.SelectMany(s => s.Rows).Single(r => r.Id == "personnel_per_staff");
        // 泽州县 266.45 万元 ÷ 20 = 13.3225 exactly; 长治市 279.36 万元 ÷ 14 = 19.954285… which is rounded to 19.95 and marked 约.
        Assert.Equal("13.3225", row.Cells[0].Text);
        Assert.Equal("约19.95", row.Cells[1].Text);
        Assert.Equal("万元/人", row.Unit);
        Assert.Contains("四舍五入", row.Note);
    }
}
