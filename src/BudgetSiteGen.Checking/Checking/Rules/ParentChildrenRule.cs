using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>A parent row equals the sum of its children, in every column: 类 = Σ款, 款 = Σ项, and the same by level for rows without codes.</summary>
public sealed class ParentChildrenRule : AuditRule
{
    public override string Code => "BSG202";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var table in year.Tables)
        {
            foreach (var section in table.Sections)
            {
                for (var row = 0; row < section.Rows.Count; row++)
                {
                    if (section.Rows[row].Role is FigureRole.Total or FigureRole.GrandTotal or FigureRole.Subtotal)
                    {
                        continue;
                    }

                    var children = TableShape.ChildrenOf(section, row);
                    if (children.Count == 0)
                    {
                        continue;
                    }

                    for (var column = 0; column < section.Columns.Count; column++)
                    {
                        var parts = children.Select(child => new CellRef(table, section, child, column)).ToList();
                        if (Compare.Sum(run, Code, new CellRef(table, section, row, column), parts, Phrase.Of("audit_parent_and_children")) is { } finding)
                        {
                            yield return finding;
                        }
                    }
                }
            }
        }
    }
}
