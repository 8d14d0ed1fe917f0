using BudgetSiteGen.Rendering;
using BudgetSiteGen.Tests.Support;
using BudgetSiteGen.ViewModels;
using BudgetSiteGen.ViewModels.Tables;

namespace BudgetSiteGen.Tests.Rendering;

/// <summary>How a printed multi-level header becomes header cells a screen reader can follow.</summary>
public sealed class TableLayoutTests
{
    private static readonly UiText Text = new(LoadStrings());

    private static IReadOnlyDictionary<string, string> LoadStrings()
    {
        var bag = new Diagnostics.DiagnosticBag();
        var theme = ThemeLoader.Load(new ThemeFiles([Path.Combine(Repository.Themes, "default")]), "zh-CN", bag);
        Assert.NotNull(theme);
        return theme!.Strings;
    }

    [Fact]
    public void Table2_header_has_the_printed_spanning_groups()
    {
        // Printed: 项目 over 科目编码/科目名称; 本年收入 over 合计 … 单位资金; 上年结转 spanning both header rows.
        var view = new TableViewBuilder(Text, _ => []).Build(Seeds.Zezhou.Table(2));
        var section = Assert.Single(view.Sections);
        Assert.Equal(2, section.HeaderRows.Count);
        var top = section.HeaderRows[0];
        Assert.Equal([("项目", "2"), ("本年收入", "6")], top.Where(c => c.Scope == "colgroup").Select(c => (c.Text, c.ColSpan!)));
        var carry = top.Single(c => c.Text == "上年结转");
        Assert.Equal("2", carry.RowSpan);
        Assert.Equal(["科目编码", "科目名称", "合计", "一般公共预算", "政府性基金", "国有资本经营预算", "财政专户管理资金", "单位资金"],
            section.HeaderRows[1].Select(c => c.Text));
    }

    [Fact]
    public void A_figure_is_tied_to_its_row_its_column_and_the_group_above()
    {
        var view = new TableViewBuilder(Text, _ => []).Build(Seeds.Zezhou.Table(2));
        var section = view.Sections[0];
        var row208 = section.Rows.Single(r => r.Cells.Any(c => c.Text == "社会保障和就业支出"));
        var general = row208.Cells.Single(c => c.Column == "1");
        Assert.Equal("1,551.27", general.Text);
        var ids = general.Headers!.Split(' ');
        var rowHeader = row208.Cells.Single(c => c.IsRowHeader);
        Assert.Contains(rowHeader.Id!, ids);
        var headerTexts = section.HeaderRows.SelectMany(r => r).Where(h => ids.Contains(h.Id)).Select(h => h.Text).ToList();
        Assert.Equal(["本年收入", "一般公共预算"], headerTexts);
    }

    [Fact]
    public void Code_levels_are_told_to_screen_readers_and_blanks_are_not_zero()
    {
        var view = new TableViewBuilder(Text, _ => []).Build(Seeds.Zezhou.Table(3));
        var rows = view.Sections[0].Rows;
        var rehab = rows.Single(r => r.Cells.Any(c => c.Text == "残疾人康复"));
        Assert.Equal("项级科目：", rehab.Cells.Single(c => c.IsRowHeader).HiddenPrefix);
        Assert.Equal("level-3", rehab.CssClass);
        var basic = rehab.Cells.Single(c => c.Column == "1");
        Assert.True(basic.IsBlank);
        Assert.DoesNotContain(basic.Text, "0123456789");
        var total = rows[0];
        Assert.Equal("total-row", total.CssClass);
    }
}
