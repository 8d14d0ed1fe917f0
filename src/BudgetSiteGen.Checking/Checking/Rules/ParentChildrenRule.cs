using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>A parent row equals the sum of its children, in every column: 类 = Σ款, 款 = Σ项, and the same by level for rows without codes.</summary>
public sealed class ParentChildrenRule : AuditRule
{
    public override string Code => "BSG202";

    public override string Description => "上级科目等于所属下级科目之和（类 = Σ款，款 = Σ项；无编码的行按层级）";

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
                        if (Compare.Sum(run, Code, new CellRef(table, section, row, column), parts, "上级与所属下级之和") is { } finding)
                        {
                            yield return finding;
                        }
                    }
                }
            }
        }
    }
}
