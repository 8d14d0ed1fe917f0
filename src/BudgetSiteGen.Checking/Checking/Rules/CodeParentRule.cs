using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// In a table that prints a code's parents (it has rows of the parent's level), every 款 has its 类 and every 项 its
/// 款: a 项 printed without its 款 is a mistyped code or a missing row, and the parent-children sums cannot see it.
/// </summary>
public sealed class CodeParentRule : AuditRule
{
    public override string Code => "BSG225";

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg225_nothing");

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
                    var kind = Phrase.Of(parent.Level == 1 ? "audit_level_class" : "audit_level_section");
                    yield return new Finding(Code, FindingKind.Discrepancy, row.Location,
                        Phrase.Of("finding_bsg225", ("code", row.Code.Value), ("name", row.Name), ("kind", kind), ("parent", parent.Value), ("table", row.Table.Label ?? row.Table.Title)), null, null, null, string.Empty, []);
                }
            }
        }
    }
}
