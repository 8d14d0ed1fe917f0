using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// Builds findings from comparisons, treating a blank cell as "no amount" (which adds nothing to a
/// sum) but never reporting a blank against a blank. Figures in different units are compared in the unit of the
/// printed figure, exactly. A comparison that involves an unreadable cell is not made: the rule records it as not
/// checked instead.
/// </summary>
public static class Compare
{
    /// <summary>Compares a printed total with the sum of printed parts; null when they agree.</summary>
    public static Finding? Sum(RuleRun run, string rule, CellRef total, IReadOnlyList<CellRef> parts, Phrase what)
    {
        if (Unreadable(run, [total, .. parts], what))
        {
            return null;
        }

        run.Compared();
        var printed = total.Value;
        var present = parts.Where(p => p.Value is not null).ToList();
        if (printed is null && present.Count == 0)
        {
            return null;
        }

        var shown = printed ?? 0m;
        if (SafeArithmetic.Sum(present.Select(p => p.ValueIn(total.Unit)!.Value)) is not { } expected || SafeArithmetic.Difference(shown, expected) is not { } difference)
        {
            // Beyond decimal's range, which loaded figures never reach (see FigureRange): nothing can be compared.
            return null;
        }

        var kind = Tolerance.Classify(expected, shown, Math.Max(1, present.Count), total.Table.Decimals);
        if (kind is null)
        {
            return null;
        }

        var unit = total.Unit.Symbol();
        var message = printed is null
            ? Phrase.Of("audit_sum_blank", ("what", what), ("expected", expected), ("unit", Phrase.Unit(total.Unit)))
            : Phrase.Of("audit_sum", ("what", what), ("printed", shown), ("expected", expected), ("difference", PhraseArgument.Signed(difference)), ("unit", Phrase.Unit(total.Unit)));
        return new Finding(rule, kind.Value, total.Location, message, expected, printed, difference, unit, present.Select(p => p.Location).ToList());
    }

    /// <summary>Compares two printed cells that should hold the same figure, in the unit of the first.</summary>
    public static Finding? Same(RuleRun run, string rule, CellRef printedCell, CellRef other, Phrase what, int roundedTerms = 1)
    {
        if (Unreadable(run, [printedCell, other], what))
        {
            return null;
        }

        return Same(run, rule, printedCell, other.ValueIn(printedCell.Unit), other.Unit, other.Location, what, roundedTerms);
    }

    /// <summary>
    /// Compares a printed figure with one from a table in another unit. A figure printed in a coarser unit is the
    /// finer one rounded (2,132,777.54元 printed as 213.28万元), so the finer one is rounded the same way first.
    /// </summary>
    public static Finding? Same(RuleRun run, string rule, CellRef printedCell, decimal? other, MoneyUnit otherUnit, FindingLocation otherLocation, Phrase what, int roundedTerms = 1)
    {
        if (other is { } value && otherUnit.InYuan() < printedCell.Unit.InYuan()
            && printedCell.Value is { } printed && Math.Round(value, printedCell.Table.Decimals, MidpointRounding.AwayFromZero) == printed)
        {
            run.Compared();
            return null;
        }

        return Same(run, rule, printedCell, other, otherLocation, what, roundedTerms);
    }

    /// <summary>Compares one printed figure with another that should be the same figure (given in the printed cell's unit).</summary>
    public static Finding? Same(RuleRun run, string rule, CellRef printedCell, decimal? other, FindingLocation otherLocation, Phrase what, int roundedTerms = 1, string? unitOverride = null)
    {
        if (Unreadable(run, [printedCell], what))
        {
            return null;
        }

        run.Compared();
        var printed = printedCell.Value;
        if (printed is null && other is null)
        {
            return null;
        }

        var a = printed ?? 0m;
        var b = other ?? 0m;
        var kind = Tolerance.Classify(b, a, roundedTerms, printedCell.Table.Decimals);
        if (kind is null || SafeArithmetic.Difference(a, b) is not { } difference)
        {
            return null;
        }

        var unit = unitOverride ?? printedCell.Unit.Symbol();
        var unitWords = Phrase.Unit(unit);
        var message = Phrase.Of("audit_same", ("what", what), ("printed", Show(printed, unitWords)), ("other_place", otherLocation.Description),
            ("other", Show(other, unitWords)), ("difference", PhraseArgument.Signed(difference)), ("unit", unitWords));
        if (kind == FindingKind.Discrepancy && printed is not null && other is not null && TranscriptionSlip.Describe(a, b, printedCell.Table.Decimals) is { } slip)
        {
            message = Phrase.Of("audit_with_slip", ("message", message), ("slip", slip));
        }

        return new Finding(rule, kind.Value, printedCell.Location, message, b, printed, difference, unit, [otherLocation]);
    }

    public static string Amount(decimal value) => AmountText.Format(value);

    public static string Signed(decimal value) => (value > 0 ? "+" : string.Empty) + AmountText.Format(value);

    private static bool Unreadable(RuleRun run, IReadOnlyList<CellRef> cells, Phrase what)
    {
        var unreadable = cells.FirstOrDefault(c => c.IsUnreadable);
        if (unreadable is null)
        {
            return false;
        }

        run.Missing(Phrase.Of("audit_unreadable", ("what", what), ("cell", unreadable.Describe())));
        return true;
    }

    /// <summary>An amount with its unit, or 空白 for a blank cell.</summary>
    public static Phrase Show(decimal? value, Phrase unit) => value is { } v ? Phrase.Of("audit_amount", ("amount", v), ("unit", unit)) : Phrase.Of("audit_blank");
}
