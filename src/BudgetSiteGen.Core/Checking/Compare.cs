using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// Builds findings from comparisons, treating a blank cell as "no amount" (which adds nothing to a
/// sum) but never reporting a blank against a blank.
/// </summary>
public static class Compare
{
    /// <summary>Compares a printed total with the sum of printed parts; null when they agree.</summary>
    public static Finding? Sum(string rule, CellRef total, IReadOnlyList<CellRef> parts, string what)
    {
        var printed = total.Value;
        var present = parts.Where(p => p.Value is not null).ToList();
        if (printed is null && present.Count == 0)
        {
            return null;
        }

        var shown = printed ?? 0m;
        if (SafeArithmetic.Sum(present.Select(p => p.Value!.Value)) is not { } expected || SafeArithmetic.Difference(shown, expected) is not { } difference)
        {
            // Beyond decimal's range, which loaded figures never reach (see FigureRange): nothing can be compared.
            return null;
        }

        var kind = Tolerance.Classify(expected, shown, Math.Max(1, present.Count), total.Table.Decimals);
        if (kind is null)
        {
            return null;
        }

        var unit = total.Table.Unit.Symbol();
        var message = printed is null
            ? $"{what}：该格空白，但各项之和为 {Amount(expected)}{unit}。"
            : $"{what}：印刷数为 {Amount(shown)}{unit}，各项之和为 {Amount(expected)}{unit}，相差 {Signed(difference)}{unit}。";
        return new Finding(rule, kind.Value, total.Location, message, expected, printed, difference, unit, present.Select(p => p.Location).ToList());
    }

    /// <summary>Compares one printed figure with another that should be the same figure.</summary>
    public static Finding? Same(string rule, CellRef printedCell, decimal? other, FindingLocation otherLocation, string what, int roundedTerms = 1, string? unitOverride = null)
    {
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

        var unit = unitOverride ?? printedCell.Table.Unit.Symbol();
        var message = $"{what}：此处为 {Show(printed, unit)}，{otherLocation.Description} 为 {Show(other, unit)}，相差 {Signed(difference)}{unit}。";
        return new Finding(rule, kind.Value, printedCell.Location, message, b, printed, difference, unit, [otherLocation]);
    }

    public static string Amount(decimal value) => AmountText.Format(value);

    public static string Signed(decimal value) => (value > 0 ? "+" : string.Empty) + AmountText.Format(value);

    private static string Show(decimal? value, string unit) => value is { } v ? Amount(v) + unit : "空白";
}
