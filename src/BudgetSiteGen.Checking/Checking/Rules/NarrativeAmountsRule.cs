using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// Every amount the 情况说明 states for a figure the tables also print agrees with the table, in whatever unit each
/// is printed: total income and its sources, basic and project expenditure, personnel and public costs, 三公 and
/// operating costs, functions named by path or class. An amount whose phrase is not recognised is listed as not
/// checked, so a narrative the rule does not understand shows as unchecked rather than as clean.
/// </summary>
public sealed class NarrativeAmountsRule : AuditRule
{
    public override string Code => "BSG215";

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg215_nothing");

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var item in year.Narrative)
        {
            foreach (var mention in NarrativeReader.Read(item.Body).Where(m => !m.IsChange))
            {
                if (NarrativeFigures.Resolve(year, item.Id, mention) is not { } figure)
                {
                    run.Missing(Phrase.Of("audit_mention_unmatched", ("item", NarrativeLocations.Numbered(item)), ("quote", $"{Short(mention.Label)}{mention.AmountText}{mention.UnitSymbol}")));
                    continue;
                }

                if (figure.Unreadable)
                {
                    run.Missing(Phrase.Of("audit_mention_unreadable", ("item", NarrativeLocations.Numbered(item)), ("quote", $"{Short(mention.Label)}{mention.AmountText}{mention.UnitSymbol}"), ("cell", figure.Description)));
                    continue;
                }

                if (Judge(item, mention, figure) is { } finding)
                {
                    yield return finding;
                }

                run.Compared();
            }
        }
    }

    /// <summary>
    /// The table's figure in the text's unit, rounded as the text rounds it: a text that prints fewer decimals than the
    /// table (or a coarser unit) agrees when the table's figure rounds to it.
    /// </summary>
    private Finding? Judge(NarrativeItem item, NarrativeMention mention, TableFigure figure)
    {
        var table = figure.ValueIn(mention.Unit) ?? 0m;
        var textDecimals = NarrativeLocations.Decimals(mention.AmountText);
        var tableDecimals = figure.Unit.DecimalsIn(figure.Decimals, mention.Unit);
        if (Math.Round(table, Math.Min(textDecimals, tableDecimals), MidpointRounding.AwayFromZero) == mention.Amount)
        {
            return null;
        }

        var kind = Tolerance.Classify(table, mention.Amount, 1, Math.Min(textDecimals, tableDecimals)) ?? FindingKind.Discrepancy;
        var unit = mention.UnitSymbol;
        var shown = figure.Value is { } v
            ? figure.Unit == mention.Unit
                ? Phrase.Of("audit_amount", ("amount", v), ("unit", Phrase.Unit(figure.Unit)))
                : Phrase.Of("audit_amount_converted", ("amount", v), ("unit", Phrase.Unit(figure.Unit)), ("converted", table), ("converted_unit", Phrase.Unit(unit)))
            : Phrase.Of("audit_blank");
        return new Finding(Code, kind, NarrativeLocations.Of(item),
            Phrase.Of("finding_bsg215", ("quote", $"{mention.Label}{mention.AmountText}{unit}"), ("place", figure.Description), ("shown", shown), ("difference", PhraseArgument.Signed(mention.Amount - table)), ("unit", Phrase.Unit(unit))),
            table, mention.Amount, mention.Amount - table, unit, [figure.Location]);
    }

    private static string Short(string label) => label.Length <= 24 ? label : "…" + label[^24..];
}
