using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// Within one report, a classification code has one name in every table, and one name under one parent has one code:
/// "2081105 残疾人就业" in one table and "2081188 残疾人就业" in another is a mistyped code, which the code-by-code
/// comparisons would otherwise take for two different functions. Names are compared with spaces, punctuation and
/// bracket widths ignored.
/// </summary>
public sealed class CodeNamesRule : AuditRule
{
    public override string Code => "BSG224";

    public override string Description => "同一报告各表中，同一科目编码名称相同，同一上级下的同一名称编码相同";

    protected override string NothingToCheck => "本报告的表没有印出科目编码";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        var rows = CodedRow.Of(year).ToList();
        foreach (var group in rows.GroupBy(r => r.Code.Value, StringComparer.Ordinal))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                run.Compared();
                if (other.NameKey != first.NameKey && other.Table != first.Table)
                {
                    yield return new Finding(Code, FindingKind.Discrepancy, other.Location,
                        $"科目编码 {other.Code} 在此名为“{other.Name}”，在{first.Table.Label ?? first.Table.Title}名为“{first.Name}”。", null, null, null, string.Empty, [first.Location]);
                    break;
                }
            }
        }

        foreach (var group in rows.GroupBy(r => (Parent: r.Code.Parent?.Value ?? string.Empty, r.Code.Level, r.NameKey)))
        {
            var codes = group.GroupBy(r => r.Code.Value, StringComparer.Ordinal).ToList();
            if (codes.Count < 2)
            {
                continue;
            }

            run.Compared();
            // The code most tables print is taken as meant; each other one is reported where it is printed.
            var usual = codes.OrderByDescending(c => c.Count()).ThenBy(c => c.Key, StringComparer.Ordinal).First();
            foreach (var odd in codes.Where(c => c != usual))
            {
                var slip = CodeSlip.Describe(odd.Key, usual.Key);
                yield return new Finding(Code, FindingKind.Discrepancy, odd.First().Location,
                    $"“{odd.First().Name}”在此编码为 {odd.Key}，在{usual.First().Table.Label ?? usual.First().Table.Title}编码为 {usual.Key}。{slip}", null, null, null, string.Empty, [usual.First().Location]);
            }
        }
    }
}
