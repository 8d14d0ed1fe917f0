using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// Where a table prints the 三公 items as columns (上海: one row, a column per item, or a budget and an actual column
/// per item), the items add up within each row and measure: 三公经费合计 = 因公出国（境）费 + 公务用车购置及运行费 +
/// 公务接待费, and 公务用车购置及运行费 = 购置费 + 运行费. Printed as rows (山西), the same sums are the table-total and
/// parent-child rules' business.
/// </summary>
public sealed class ItemColumnsRule : AuditRule
{
    private static readonly (FigureRole Whole, FigureRole[] Parts, string What)[] Sums =
    [
        (FigureRole.ThreePublic, [FigureRole.OutboundTravel, FigureRole.OfficialVehicles, FigureRole.OfficialReception], "“三公”经费合计与因公出国（境）费、公务用车购置及运行费、公务接待费之和"),
        (FigureRole.OfficialVehicles, [FigureRole.VehiclePurchase, FigureRole.VehicleOperation], "公务用车购置及运行费与购置费、运行费之和"),
    ];

    public override string Code => "BSG219";

    public override string Description => "按列印出的“三公”经费：合计等于各项之和，公务用车购置及运行费等于购置费加运行费（逐行、逐一口径）";

    protected override string NothingToCheck => "本报告没有按列印出“三公”经费各项的表";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var table in year.Tables)
        {
            foreach (var section in table.Sections)
            {
                foreach (var measure in section.Columns.Where(c => c.Item != FigureRole.None).Select(c => c.Role).Distinct())
                {
                    foreach (var (whole, parts, what) in Sums)
                    {
                        var wholeColumn = ColumnFor(section, whole, measure);
                        var partColumns = parts.Select(p => ColumnFor(section, p, measure)).Where(c => c >= 0).ToList();
                        if (wholeColumn < 0 || partColumns.Count == 0)
                        {
                            continue;
                        }

                        for (var row = 0; row < section.Rows.Count; row++)
                        {
                            var cells = partColumns.Select(c => new CellRef(table, section, row, c)).ToList();
                            if (Compare.Sum(run, Code, new CellRef(table, section, row, wholeColumn), cells, what) is { } finding)
                            {
                                yield return finding;
                            }
                        }
                    }
                }
            }
        }
    }

    private static int ColumnFor(TableSection section, FigureRole item, FigureRole measure) =>
        section.Columns.ToList().FindIndex(c => c.Item == item && c.Role == measure);
}
