using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// Within each row, a total column equals the sum of the columns that split it: the fund sources, basic +
/// project, personnel + public, or this year's arrangement + carry-over. One rule class, several codes.
/// </summary>
public sealed class ColumnSumRule(string code, string description, string what, params FigureRole[] parts) : AuditRule
{
    public static readonly ColumnSumRule FundSources = new("BSG203", "合计列等于各资金来源列之和（逐行）", "合计与各资金来源之和",
        FigureRole.GeneralPublicBudget, FigureRole.GovernmentFund, FigureRole.StateCapital, FigureRole.SocialInsuranceFund,
        FigureRole.SpecialAccount, FigureRole.UnitFunds, FigureRole.OtherFunds);

    public static readonly ColumnSumRule BasicProject = new("BSG204", "合计等于基本支出加项目支出（逐行）", "合计与基本支出、项目支出之和",
        FigureRole.Basic, FigureRole.Project);

    public static readonly ColumnSumRule PersonnelPublic = new("BSG205", "合计等于人员经费加公用经费（逐行）", "合计与人员经费、公用经费之和",
        FigureRole.Personnel, FigureRole.Public);

    public static readonly ColumnSumRule CurrentAndCarryOver = new("BSG206", "合计等于当年预算安排加上年结转安排（逐行）", "合计与当年安排、上年结转之和",
        FigureRole.CurrentYear, FigureRole.CarryOver);

    public override string Code => code;

    public override string Description => description;

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var table in year.Tables)
        {
            foreach (var section in table.Sections)
            {
                var total = TableShape.ColumnOf(section, FigureRole.Total);
                var columns = Enumerable.Range(0, section.Columns.Count).Where(c => parts.Contains(section.Columns[c].Role)).ToList();
                if (total < 0 || columns.Count < 2)
                {
                    continue;
                }

                for (var row = 0; row < section.Rows.Count; row++)
                {
                    var cells = columns.Select(c => new CellRef(table, section, row, c)).ToList();
                    if (Compare.Sum(run, Code, new CellRef(table, section, row, total), cells, what) is { } finding)
                    {
                        yield return finding;
                    }
                }
            }
        }
    }
}
