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

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg224_nothing");

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
                        Phrase.Of("audit_code_named", ("code", other.Code.Value), ("name", other.Name), ("elsewhere", first.Table.Label ?? first.Table.Title), ("other_name", first.Name)), null, null, null, string.Empty, [first.Location]);
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
                    Phrase.Of("audit_name_coded", ("name", odd.First().Name), ("code", odd.Key), ("elsewhere", usual.First().Table.Label ?? usual.First().Table.Title), ("other_code", usual.Key), ("slip", slip)), null, null, null, string.Empty, [usual.First().Location]);
            }
        }
    }
}
