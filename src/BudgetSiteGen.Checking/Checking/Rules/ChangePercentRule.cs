using System.Globalization;
using System.Text.RegularExpressions;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// A year-on-year percentage the 情况说明 states without the amount of the change, against this year's and last
/// year's amounts printed in the same sentence: "支出1,100万元，上年为1,000万元，比上年增长10%" (or "2023年…1,000万元",
/// "上年支出…"). The percentage is held to its printed precision; what the rounding of the amounts allows is rounding.
/// "增加…个百分点" is a change of a share, not a percent change, and is not read; a percentage right after a stated
/// change ("增加100万元，增长10%") is BSG216's. Last year's figure is an amount whose words name last year (上年,
/// 去年, the year before the report's) and not a carry-over (上年结转); this year's is the nearest other amount before the
/// percentage.
/// </summary>
public sealed partial class ChangePercentRule : AuditRule
{
    public override string Code => "BSG230";

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg230_nothing");

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        var priorYear = PriorYear(year.Report.Year - 1);
        foreach (var item in year.Narrative)
        {
            var text = NarrativeText.Normalise(item.Body).Replace("\n", string.Empty, StringComparison.Ordinal);
            foreach (Match percent in PercentPattern().Matches(text))
            {
                var sentenceStart = text.LastIndexOf('。', Math.Max(0, percent.Index - 1)) + 1;
                var sentence = text[sentenceStart..percent.Index];
                var amounts = TextAmounts.Read(sentence);
                if (amounts.Count == 0 || amounts[^1].IsChange && OnlySpaceOrComma(sentence[amounts[^1].End..]))
                {
                    // "增加100万元，增长10%": the change is stated, and BSG216 checks the percentage against it.
                    continue;
                }

                var plain = amounts.Where(a => a.IsPlain).ToList();
                var prior = plain.LastOrDefault(a => IsPrior(sentence, a, priorYear));
                var current = prior is null ? null : plain.LastOrDefault(a => !ReferenceEquals(a, prior) && !IsPrior(sentence, a, priorYear));
                if (prior is null || current is null || prior.Yuan == 0)
                {
                    run.Missing(Phrase.Of("audit_bsg230_unpaired", ("where", NarrativeLocations.Of(item).Description), ("quote", Quote(text, sentenceStart, percent))));
                    continue;
                }

                run.Compared();
                if (Judge(item, text, sentenceStart, percent, current, prior) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }

    private Finding? Judge(NarrativeItem item, string text, int sentenceStart, Match percent, TextAmount current, TextAmount prior)
    {
        var sign = DecreasePattern().IsMatch(percent.Groups["dir"].Value) ? -1 : 1;
        var printed = sign * decimal.Parse(percent.Groups["pct"].Value, CultureInfo.InvariantCulture);
        var decimals = NarrativeLocations.Decimals(percent.Groups["pct"].Value);
        if (SafeArithmetic.Product((current.Yuan - prior.Yuan) / prior.Yuan, 100m) is not { } exact)
        {
            return null;
        }

        if (Math.Round(exact, decimals, MidpointRounding.AwayFromZero) == printed)
        {
            return null;
        }

        // The amounts are rounded to their last printed digit: the percentages they allow run between these bounds.
        var currentHalf = Tolerance.HalfStep(current.Decimals) * PerUnit(current);
        var priorHalf = Tolerance.HalfStep(prior.Decimals) * PerUnit(prior);
        var lowest = ((current.Yuan - currentHalf) / (prior.Yuan + priorHalf) - 1m) * 100m;
        var highest = prior.Yuan - priorHalf <= 0 ? decimal.MaxValue : ((current.Yuan + currentHalf) / (prior.Yuan - priorHalf) - 1m) * 100m;
        var halfPercent = Tolerance.HalfStep(decimals);
        var kind = printed >= lowest - halfPercent && printed <= highest + halfPercent ? FindingKind.Rounding : FindingKind.Discrepancy;
        var computed = Math.Round(exact, Math.Max(2, decimals), MidpointRounding.AwayFromZero);
        return new Finding(Code, kind, NarrativeLocations.Of(item),
            Phrase.Of("finding_bsg230", ("quote", Quote(text, sentenceStart, percent)), ("current", current.Printed), ("current_unit", Phrase.Unit(current.Unit)),
                ("prior", prior.Printed), ("prior_unit", Phrase.Unit(prior.Unit)), ("computed", PhraseArgument.Signed(computed)), ("printed", PhraseArgument.Signed(printed)),
                ("difference", PhraseArgument.Signed(printed - computed))),
            computed, printed, printed - computed, "%", []);
    }

    private static bool IsPrior(string sentence, TextAmount amount, Regex priorYear)
    {
        // The words that name the figure: its label, or the clause it closes ("上年支出为1,000万元", "2023年1,000万元").
        var start = sentence.LastIndexOfAny(['，', ',', '；', ';'], Math.Max(0, amount.Start - 1)) + 1;
        var words = sentence[start..amount.Start];
        return (LastYearPattern().IsMatch(words) || priorYear.IsMatch(words)) && !CarryOverPattern().IsMatch(words) && !ChangeWordPattern().IsMatch(words);
    }

    private static decimal PerUnit(TextAmount amount) => amount.Printed != 0 ? amount.Yuan / amount.Printed : 1m;

    private static Regex PriorYear(int year) => new(year.ToString(CultureInfo.InvariantCulture) + "年", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static bool OnlySpaceOrComma(string between) => between.Trim().Trim('，', ',').Trim().Length == 0;

    private static string Quote(string text, int sentenceStart, Match percent)
    {
        var sentence = text[sentenceStart..(percent.Index + percent.Length)];
        return sentence.Length <= 50 ? sentence : "…" + sentence[^50..];
    }

    // A direction word then a percentage, with no amount between: "比上年增长12.3%", "下降 5 %". "个百分点" has no % sign.
    [GeneratedRegex(@"(?<dir>增长|下降|增加|减少|上升|降低|提高)(?:了|约)?\s*(?<pct>[0-9]+(?:\.[0-9]+)?)\s*%")]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"上年|去年|上一年|上年度")]
    private static partial Regex LastYearPattern();

    [GeneratedRegex(@"结转|结余")]
    private static partial Regex CarryOverPattern();

    [GeneratedRegex(@"增加|减少|增长|下降|上升|降低|节约|节省")]
    private static partial Regex ChangeWordPattern();

    [GeneratedRegex(@"下降|减少|降低")]
    private static partial Regex DecreasePattern();
}
