using BudgetSiteGen.Checking;
using BudgetSiteGen.Checking.Rules;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;
using static BudgetSiteGen.Tests.Support.ModelBuilder;

namespace BudgetSiteGen.Tests.Checking;

/// <summary>Published project cards against the table that lists this year's projects.</summary>
public sealed class CardsListedRuleTests
{
    private static readonly FigureRole[] Columns = [FigureRole.Total];

    private static BudgetTable Projects(params TableRow[] rows) =>
        Table(12, TableType.ProjectsCurrent, Columns, [Total(30m), Named("本部门", 1, 30m), .. rows]);

    private static PerformanceCard[] Cards(params string[] names) => names.Select((n, i) => Card($"c{i}", n, 100_000m)).ToArray();

    [Fact]
    public void A_projects_table_printed_as_having_no_data_while_cards_are_published_is_a_discrepancy()
    {
        var empty = Table(12, TableType.ProjectsCurrent, Columns) with { NoData = true };
        var finding = Assert.Single(new CardsListedRule().Check(Year([empty], Cards("康复经费", "助残帮扶"))));
        Assert.Equal(("BSG228", FindingKind.Discrepancy, 2m, 0m, "个"), (finding.RuleCode, finding.Kind, finding.Expected!.Value, finding.Printed!.Value, finding.Unit));
        Assert.Contains("本表无数据", finding.Message.Said(), StringComparison.Ordinal);
        Assert.Contains("康复经费", finding.Message.Said(), StringComparison.Ordinal);
        Assert.Equal(12, finding.Location.TableNumber);
    }

    [Fact]
    public void A_projects_table_with_only_its_total_row_while_cards_are_published_is_a_discrepancy()
    {
        var onlyTotal = Table(12, TableType.ProjectsCurrent, Columns, Total(0m));
        Assert.Contains("没有列出任何项目", Assert.Single(new CardsListedRule().Check(Year([onlyTotal], Cards("康复经费")))).Message.Said(), StringComparison.Ordinal);
    }

    [Fact]
    public void One_card_for_each_listed_project_holds_whatever_the_bracket_widths()
    {
        var table = Projects(Named("康复经费", 2, 10m), Named("残疾儿童康复救助（市级）", 2, 20m));
        Assert.Empty(new CardsListedRule().Check(Year([table], Cards("康复经费", "残疾儿童康复救助(市级)"))));
    }

    [Fact]
    public void A_listed_project_without_a_card_is_named()
    {
        var table = Projects(Named("康复经费", 2, 10m), Named("助残帮扶", 2, 20m));
        var finding = Assert.Single(new CardsListedRule().Check(Year([table], Cards("康复经费"))));
        Assert.Equal((2m, 1m, -1m), (finding.Expected!.Value, finding.Printed!.Value, finding.Difference!.Value));
        Assert.Contains("表中没有绩效目标表的项目：助残帮扶", finding.Message.Said(), StringComparison.Ordinal);
    }

    [Fact]
    public void More_cards_than_listed_projects_names_the_cards_the_table_leaves_out()
    {
        var table = Projects(Named("康复经费", 2, 30m));
        var finding = Assert.Single(new CardsListedRule().Check(Year([table], Cards("康复经费", "托养服务"))));
        Assert.Equal(1m, finding.Difference);
        Assert.Contains("表中没有的绩效目标表：托养服务", finding.Message.Said(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_cards_is_not_applicable_and_one_without_a_projects_table_could_not_run()
    {
        var withoutCards = new CardsListedRule().Run(Year([Projects(Named("康复经费", 2, 30m))]));
        Assert.Equal(RuleStatus.NotApplicable, withoutCards.Coverage.Status);
        var withoutTable = new CardsListedRule().Run(Year([], Cards("康复经费")));
        Assert.Equal(RuleStatus.CouldNotRun, withoutTable.Coverage.Status);
    }
}
