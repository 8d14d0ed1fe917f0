using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// The staff numbers 概况 states (编制, 在职 and 退休 人数, as its staffing fields or in its text) against the same
/// counts stated anywhere else in the report: the 情况说明, the cards' and the department-wide form's texts. The
/// department-wide form's own staffing fields are BSG214's. Where 概况 states a count twice differently, that is a
/// finding too, against its staffing field.
/// </summary>
public sealed class StaffCountsRule : AuditRule
{
    public override string Code => "BSG232";

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg232_nothing");

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        var overview = OverviewCounts(year);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in ReportText.Of(year))
        {
            foreach (var paragraph in text.Paragraphs)
            {
                foreach (var (kind, count, quote) in StaffStatements.Read(paragraph))
                {
                    if (!overview.TryGetValue(kind, out var stated) || !seen.Add($"{text.Owner}|{kind}|{count}"))
                    {
                        continue;
                    }

                    run.Compared();
                    if (count != stated.Count)
                    {
                        yield return Mismatch(kind, stated, count, quote, text.Location);
                    }
                }
            }
        }

        // 概况's own text against its staffing fields, where both are given.
        foreach (var (kind, count, quote) in OverviewText(year).SelectMany(StaffStatements.Read))
        {
            if (overview.TryGetValue(kind, out var stated) && stated.FromField && seen.Add($"overview|{kind}|{count}"))
            {
                run.Compared();
                if (count != stated.Count)
                {
                    yield return Mismatch(kind, stated, count, quote, OverviewLocation);
                }
            }
        }
    }

    private Finding Mismatch(string kind, Stated stated, int count, string quote, FindingLocation where) =>
        new(Code, FindingKind.Discrepancy, where,
            Phrase.Of("finding_bsg232", ("where", where.Description), ("quote", quote), ("kind", KindPhrase(kind)), ("count", count), ("stated", stated.Count),
                ("stated_quote", stated.Quote), ("difference", PhraseArgument.Signed(count - stated.Count))),
            stated.Count, count, count - stated.Count, "人", [OverviewLocation]);

    /// <summary>概况's counts: its staffing fields, or else the first count of each kind its text states.</summary>
    private static Dictionary<string, Stated> OverviewCounts(DepartmentYear year)
    {
        var counts = new Dictionary<string, Stated>(StringComparer.Ordinal);
        if (year.Overview.Staffing is { } staffing)
        {
            Add(counts, StaffStatements.Authorised, staffing.Authorised);
            Add(counts, StaffStatements.Active, staffing.Active);
            Add(counts, StaffStatements.Retired, staffing.Retired);
        }

        foreach (var (kind, count, quote) in OverviewText(year).SelectMany(StaffStatements.Read))
        {
            counts.TryAdd(kind, new Stated(count, Phrase.Data($"“{quote}”"), false));
        }

        return counts;
    }

    private static void Add(Dictionary<string, Stated> counts, string kind, int? count)
    {
        if (count is { } n)
        {
            counts[kind] = new Stated(n, Phrase.Of("audit_staff_field", ("kind", KindPhrase(kind)), ("count", n)), true);
        }
    }

    private static IEnumerable<string> OverviewText(DepartmentYear year) =>
        new[] { year.Overview.Organisation, year.Overview.Duties }.OfType<string>().Select(t => NarrativeText.Normalise(t).Replace("\n", string.Empty, StringComparison.Ordinal));

    private static readonly FindingLocation OverviewLocation = new(LocationKind.Profile, Phrase.Of("menu_profile"));

    /// <summary>编制, 在职 or 退休 in the reader's language.</summary>
    private static Phrase KindPhrase(string kind) => Phrase.Of(kind switch
    {
        StaffStatements.Authorised => "audit_staff_authorised",
        StaffStatements.Active => "audit_staff_active",
        _ => "audit_staff_retired",
    });

    private sealed record Stated(int Count, Phrase Quote, bool FromField);
}
