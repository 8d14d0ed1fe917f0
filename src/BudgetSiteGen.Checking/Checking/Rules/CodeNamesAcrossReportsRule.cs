using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// Across the reports of a site, for the same year: a code has one name, and one name under one parent has one code,
/// so "2081188 残疾人就业" in one department's report next to "2081105 残疾人就业" in the others does not pass. It needs
/// the other reports, so it runs where the whole content is audited (`check`); on a single report it does not apply.
/// </summary>
public sealed class CodeNamesAcrossReportsRule(IReadOnlyList<DepartmentYear> site) : AuditRule
{
    public override string Code => "BSG227";

    protected override Phrase NothingToCheck => Phrase.Of(site.Count == 0 ? "rule_bsg227_nothing_alone" : "rule_bsg227_nothing");

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        if (!Index.Value.TryGetValue(year.Report.Year, out var index) || index.Reports <= 1)
        {
            yield break;
        }

        bool Other((DepartmentYear Year, CodedRow Row) o) => o.Year.SourceFile != year.SourceFile;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in CodedRow.Of(year))
        {
            var sameCode = index.ByCode[row.Code.Value].Where(Other).ToList();
            if (sameCode.Count > 0)
            {
                run.Compared();
                // Named as in at least one other report is enough: the odd one out is reported in its own report.
                if (sameCode.All(o => o.Row.NameKey != row.NameKey) && reported.Add("c" + row.Code.Value))
                {
                    var other = sameCode[0];
                    yield return new Finding(Code, FindingKind.Discrepancy, row.Location,
                        Phrase.Of("audit_code_named", ("code", row.Code.Value), ("name", row.Name), ("elsewhere", Describe(other.Year)), ("other_name", other.Row.Name)), null, null, null, string.Empty, [Elsewhere(other.Year, other.Row)]);
                }
            }

            var sameName = index.ByName[(row.Code.Parent?.Value ?? string.Empty, row.Code.Level, row.NameKey)].Where(Other).ToList();
            if (sameName.Count > 0 && sameCode.Count == 0)
            {
                run.Compared();
                if (reported.Add("n" + row.Code.Value))
                {
                    var other = sameName[0];
                    yield return new Finding(Code, FindingKind.Discrepancy, row.Location,
                        Phrase.Of("audit_name_coded", ("name", row.Name), ("code", row.Code.Value), ("elsewhere", Describe(other.Year)), ("other_code", other.Row.Code.Value), ("slip", CodeSlip.Describe(row.Code.Value, other.Row.Code.Value))), null, null, null, string.Empty, [Elsewhere(other.Year, other.Row)]);
                }
            }
        }
    }

    private sealed record YearIndex(int Reports, ILookup<string, (DepartmentYear Year, CodedRow Row)> ByCode, ILookup<(string Parent, int Level, string NameKey), (DepartmentYear Year, CodedRow Row)> ByName);

    /// <summary>Every report's coded rows, indexed once per year, so a large site is not read again for each of its reports.</summary>
    private Lazy<Dictionary<int, YearIndex>> Index { get; } = new(() => site.GroupBy(y => y.Report.Year).ToDictionary(g => g.Key, g =>
    {
        var rows = g.SelectMany(y => CodedRow.Of(y).Select(r => (Year: y, Row: r))).ToList();
        return new YearIndex(g.Select(y => y.SourceFile).Distinct(StringComparer.Ordinal).Count(),
            rows.ToLookup(o => o.Row.Code.Value, StringComparer.Ordinal),
            rows.ToLookup(o => (Parent: o.Row.Code.Parent?.Value ?? string.Empty, o.Row.Code.Level, o.Row.NameKey)));
    }));

    private static Phrase Describe(DepartmentYear year) => Phrase.Of("audit_other_report", ("department", year.Department.Name), ("year", year.Report.Year));

    private static FindingLocation Elsewhere(DepartmentYear year, CodedRow row) =>
        row.Location with { Description = Phrase.Of("audit_in_other_report", ("report", Describe(year)), ("place", row.Location.Description)) };
}
