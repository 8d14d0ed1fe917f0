using System.Globalization;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// The percentages the 情况说明 states agree with its own amounts: "X万元，占P%" against the paragraph's first
/// amount, "比上年增加D万元，增长P%" against last year's figure (this year's − D), and "支出决算为A万元，完成年初预算的
/// P%" against the budget stated before it. Amounts in different units are converted first. Since every amount is
/// rounded, a percentage that the rounding can explain is reported as rounding.
/// </summary>
public sealed class NarrativeSharesRule : AuditRule
{
    public override string Code => "BSG216";

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg216_nothing");

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var item in year.Narrative)
        {
            var mentions = NarrativeReader.Read(item.Body);
            foreach (var mention in mentions.Where(m => m.Percent is not null))
            {
                var (finding, judged) = mention.PercentKind switch
                {
                    PercentKind.Change => Change(item, mentions, mention),
                    PercentKind.Execution => Execution(item, mentions, mention),
                    _ => Share(item, mentions, mention),
                };
                if (judged)
                {
                    run.Compared();
                }
                else
                {
                    run.Missing(Phrase.Of("audit_share_no_base", ("item", NarrativeLocations.Numbered(item)), ("quote", $"{mention.Label}{mention.AmountText}{mention.UnitSymbol}"), ("percent", mention.Percent?.ToString(CultureInfo.InvariantCulture) ?? string.Empty)));
                }

                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }

    private (Finding?, bool) Share(NarrativeItem item, IReadOnlyList<NarrativeMention> mentions, NarrativeMention mention)
    {
        var whole = mentions.First(m => m.Paragraph == mention.Paragraph);
        if (ReferenceEquals(whole, mention) || whole.Amount == 0)
        {
            return (null, ReferenceEquals(whole, mention) && mention.Percent == 100m);
        }

        var wholeAmount = whole.Unit.Convert(whole.Amount, mention.Unit);
        return (Judge(item, mention, mention.Amount, wholeAmount, mention.HalfStep, whole.Unit.Convert(whole.HalfStep, mention.Unit),
            Phrase.Of("audit_share_context", ("quote", $"{mention.Label}{mention.AmountText}{mention.UnitSymbol}"), ("percent", Percent(mention)), ("base", $"{whole.Label}{whole.AmountText}{whole.UnitSymbol}"))), true);
    }

    private (Finding?, bool) Change(NarrativeItem item, IReadOnlyList<NarrativeMention> mentions, NarrativeMention mention)
    {
        // This year's figure is stated in the clause, or else last before it ("…总计2995.39万元。与2023年度相比，…减少56.95万元，下降1.87%").
        var current = mentions.FirstOrDefault(m => m.Paragraph == mention.Paragraph && m.Clause == mention.Clause && !m.IsChange)
            ?? mentions.TakeWhile(m => !ReferenceEquals(m, mention)).LastOrDefault(m => m.Paragraph == mention.Paragraph && !m.IsChange);
        if (current is null)
        {
            return (null, false);
        }

        var change = mention.Unit.Convert(mention.Amount, current.Unit);
        var previous = current.Amount - (mention.ChangeSign * change);
        if (previous <= 0)
        {
            return (null, false);
        }

        return (Judge(item, mention, change, previous, mention.Unit.Convert(mention.HalfStep, current.Unit), current.HalfStep + mention.Unit.Convert(mention.HalfStep, current.Unit),
            Phrase.Of("audit_change_context", ("quote", $"{current.Label}{current.AmountText}{current.UnitSymbol}"), ("change", $"{mention.Label}{mention.AmountText}{mention.UnitSymbol}"), ("previous", previous), ("unit", Phrase.Unit(current.UnitSymbol)))), true);
    }

    /// <summary>"完成年初预算的P%": the actual (this amount) against the budget stated last before it in the paragraph.</summary>
    private (Finding?, bool) Execution(NarrativeItem item, IReadOnlyList<NarrativeMention> mentions, NarrativeMention mention)
    {
        var budget = mentions.TakeWhile(m => !ReferenceEquals(m, mention))
            .LastOrDefault(m => m.Paragraph == mention.Paragraph && m.Label.Contains("预算", StringComparison.Ordinal));
        if (budget is null || budget.Amount == 0)
        {
            return (null, budget is not null);
        }

        var budgetAmount = budget.Unit.Convert(budget.Amount, mention.Unit);
        return (Judge(item, mention, mention.Amount, budgetAmount, mention.HalfStep, budget.Unit.Convert(budget.HalfStep, mention.Unit),
            Phrase.Of("audit_execution_context", ("quote", $"{mention.Label}{mention.AmountText}{mention.UnitSymbol}"), ("percent", Percent(mention)), ("budget", $"{budget.Label}{budget.AmountText}{budget.UnitSymbol}"))), true);
    }

    private Finding? Judge(NarrativeItem item, NarrativeMention mention, decimal part, decimal whole, decimal partHalf, decimal wholeHalf, Phrase context)
    {
        var printed = mention.Percent!.Value;
        if (SafeArithmetic.Product(part / whole, 100m) is not { } exact)
        {
            // A share beyond decimal's range (a huge part of a tiny whole) is no share the text can state.
            return null;
        }

        var rounded = Math.Round(exact, mention.PercentDecimals, MidpointRounding.AwayFromZero);
        if (rounded == printed)
        {
            return null;
        }

        var lowest = Math.Max(0m, part - partHalf) / (whole + wholeHalf) * 100m;
        var highest = SafeArithmetic.Product((part + partHalf) / Math.Max(0.000001m, whole - wholeHalf), 100m) ?? decimal.MaxValue;
        var halfPercent = Tolerance.HalfStep(mention.PercentDecimals);
        var kind = printed >= lowest - halfPercent && printed <= highest + halfPercent ? FindingKind.Rounding : FindingKind.Discrepancy;
        var computed = Math.Round(exact, Math.Max(2, mention.PercentDecimals), MidpointRounding.AwayFromZero);
        return new Finding(Code, kind, NarrativeLocations.Of(item),
            Phrase.Of("finding_bsg216", ("context", context), ("computed", computed.ToString(CultureInfo.InvariantCulture)), ("printed", printed.ToString(CultureInfo.InvariantCulture)), ("difference", PhraseArgument.Signed(printed - computed))),
            computed, printed, printed - computed, "%", []);
    }

    /// <summary>The percentage as the text prints it.</summary>
    private static string Percent(NarrativeMention mention) => mention.Percent?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
