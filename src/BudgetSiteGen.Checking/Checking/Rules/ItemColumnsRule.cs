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
    private static readonly (FigureRole Whole, FigureRole[] Parts, Phrase What)[] Sums =
    [
        (FigureRole.ThreePublic, [FigureRole.OutboundTravel, FigureRole.OfficialVehicles, FigureRole.OfficialReception], Phrase.Of("audit_three_public_and_items")),
        (FigureRole.OfficialVehicles, [FigureRole.VehiclePurchase, FigureRole.VehicleOperation], Phrase.Of("audit_vehicles_and_parts")),
    ];

    public override string Code => "BSG219";

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg219_nothing");

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
