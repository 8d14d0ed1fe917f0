using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// In a table that prints a code's parents (it has rows of the parent's level), every 款 has its 类 and every 项 its
/// 款: a 项 printed without its 款 is a mistyped code or a missing row, and the parent-children sums cannot see it.
/// </summary>
public sealed class CodeParentRule : AuditRule
{
    public override string Code => "BSG225";

    public override string Description => "印出上级科目的表中，每个款、项科目的上级（类、款）都在表中";

    protected override string NothingToCheck => "本报告没有分级印出科目编码的表";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var section in CodedRow.Of(year).GroupBy(r => r.Section))
        {
            var rows = section.ToList();
            var codes = rows.Select(r => r.Code.Value).ToHashSet(StringComparer.Ordinal);
            var levels = rows.Select(r => r.Code.Level).ToHashSet();
            foreach (var row in rows)
            {
                if (row.Code.Parent is not { } parent || !levels.Contains(parent.Level))
                {
                    continue;
                }

                run.Compared();
                if (!codes.Contains(parent.Value))
                {
                    var kind = parent.Level == 1 ? "类" : "款";
                    yield return new Finding(Code, FindingKind.Discrepancy, row.Location,
                        $"科目 {row.Code} {row.Name} 的上级{kind} {parent} 不在{row.Table.Label ?? row.Table.Title}中，而该表印出了其他{kind}级科目。", null, null, null, string.Empty, []);
                }
            }
        }
    }
}
