using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>
/// The metrics compared, in the order shown. Labels are UI strings of the theme; sources say which
/// table and column each figure comes from (docs/comparison.md repeats them).
/// </summary>
public static class MetricCatalog
{
    public static IReadOnlyList<MetricGroup> Groups(UiText text)
    {
        Metric M(string key, string unit, bool share, string source, Func<DepartmentYear, decimal?> read, bool computed = false) =>
            new(key, text.Get("metric_" + key), unit, share, source, read, computed);
        return
        [
            new(text.Get("metric_group_totals"),
            [
                M("total_budget", "万元", false, "表1 收入总计", Figures.TotalBudget),
                M("general_public_budget", "万元", true, "表1 一般公共预算", y => Figures.Income(y, FigureRole.GeneralPublicBudget)),
                M("government_fund", "万元", true, "表1 政府性基金预算", y => Figures.Income(y, FigureRole.GovernmentFund)),
                M("state_capital", "万元", true, "表1 国有资本经营预算", y => Figures.Income(y, FigureRole.StateCapital)),
                M("carry_over", "万元", true, "表1 上年结转", y => Figures.Income(y, FigureRole.CarryOver)),
            ]),
            new(text.Get("metric_group_structure"),
            [
                M("basic", "万元", true, "表3 合计行 基本支出", y => Figures.ColumnTotal(y, TableType.ExpenditureSummary, FigureRole.Basic)),
                M("project", "万元", true, "表3 合计行 项目支出", y => Figures.ColumnTotal(y, TableType.ExpenditureSummary, FigureRole.Project)),
                M("personnel", "万元", true, "表6 合计行 人员经费", y => Figures.ColumnTotal(y, TableType.BasicExpenditureByEconomicClass, FigureRole.Personnel)),
                M("public", "万元", true, "表6 合计行 公用经费", y => Figures.ColumnTotal(y, TableType.BasicExpenditureByEconomicClass, FigureRole.Public)),
                M("operating_costs", "万元", true, "表11 合计", y => Figures.ColumnTotal(y, TableType.OperatingCosts, FigureRole.Total)),
                M("procurement", "万元", true, "情况说明 九 政府采购预算总额", Figures.Procurement),
            ]),
            new(text.Get("metric_group_three_public"),
            [
                M("three_public_total", "万元", true, "表10 合计", y => Figures.ColumnTotal(y, TableType.ThreePublic, FigureRole.Total)),
                M("three_public_abroad", "万元", false, "表10 因公出国（境）费", y => Figures.ThreePublic(y, "因公出国（境）费")),
                M("three_public_reception", "万元", false, "表10 公务接待费", y => Figures.ThreePublic(y, "公务接待费")),
                M("three_public_vehicles", "万元", false, "表10 公务用车购置及运行费", y => Figures.ThreePublic(y, "公务用车购置及运行费")),
            ]),
            new(text.Get("metric_group_staff"),
            [
                M("staff_authorised", "人", false, "概况 核定编制", y => y.Overview.Staffing?.Authorised),
                M("staff_active", "人", false, "概况 在职人员", y => y.Overview.Staffing?.Active),
                M("personnel_per_staff", "万元/人", false, "表6 人员经费 ÷ 在职人员", y => Figures.PerStaff(Figures.ColumnTotal(y, TableType.BasicExpenditureByEconomicClass, FigureRole.Personnel), y.Overview.Staffing?.Active), true),
                M("public_per_staff", "万元/人", false, "表6 公用经费 ÷ 在职人员", y => Figures.PerStaff(Figures.ColumnTotal(y, TableType.BasicExpenditureByEconomicClass, FigureRole.Public), y.Overview.Staffing?.Active), true),
                M("operating_per_staff", "万元/人", false, "表11 机关运行经费 ÷ 在职人员", y => Figures.PerStaff(Figures.ColumnTotal(y, TableType.OperatingCosts, FigureRole.Total), y.Overview.Staffing?.Active), true),
            ]),
            new(text.Get("metric_group_projects"),
            [
                M("project_count", "个", false, "公开的项目绩效目标表个数", y => y.Performance.Cards.Count),
                M("project_funds", "万元", true, "各绩效目标表年度资金之和（元 ÷ 10000）", Figures.ProjectFunds),
                M("vehicles", "辆", false, "国有资产 公务用车实有", y => y.Assets?.Vehicles?.Actual),
                M("floor_area", "平方米", false, "国有资产 办公用房建筑总面积", y => y.Assets?.FloorAreaSquareMetres),
            ]),
        ];
    }
}
