using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>A table's total row equals the sum of its top-level rows, in every column.</summary>
public sealed class TableTotalRule : AuditRule
{
    public override string Code => "BSG201";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var table in year.Tables)
        {
            foreach (var section in table.Sections)
            {
                var total = TableShape.RowOf(section, FigureRole.Total);
                var top = TableShape.TopLevel(section);
                if (total < 0 || top.Count == 0)
                {
                    continue;
                }

                for (var column = 0; column < section.Columns.Count; column++)
                {
                    var parts = top.Select(row => new CellRef(table, section, row, column)).ToList();
                    if (Compare.Sum(run, Code, new CellRef(table, section, total, column), parts, Phrase.Of("audit_total_and_level1")) is { } finding)
                    {
                        yield return finding;
                    }
                }
            }
        }
    }
}
