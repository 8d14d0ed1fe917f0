using System.Text.RegularExpressions;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>
/// The compared figures that no table holds: amounts stated in 情况说明 (read with the unit the sentence gives) and
/// the sum of the project cards' funds (printed in 元).
/// </summary>
public static partial class Figures
{
    /// <summary>政府采购预算(总额) as a budget's 情况说明 states it.</summary>
    public static PrintedAmount ProcurementBudget(DepartmentYear y) => Stated(y, "procurement", ProcurementBudgetPattern());

    /// <summary>政府采购(支出)金额 as a final account's 情况说明 states it.</summary>
    public static PrintedAmount ProcurementSpent(DepartmentYear y) => Stated(y, "procurement", ProcurementSpentPattern());

    /// <summary>机关运行经费(支出) as 情况说明 states it, where no table prints it (the 决算 tables do not).</summary>
    public static PrintedAmount OperatingCostsStated(DepartmentYear y) => Stated(y, "operating-costs", OperatingCostsPattern());

    /// <summary>The cards' year funds added up; cards print them in 元.</summary>
    public static PrintedAmount ProjectFunds(DepartmentYear y) =>
        y.Performance.Cards.Count == 0
            ? PrintedAmount.NotListed
            : PrintedAmount.Of(new Money(y.Performance.Cards.Sum(c => c.YearFunds.Total ?? 0m), MoneyUnit.Yuan));

    private static PrintedAmount Stated(DepartmentYear y, string section, Regex pattern)
    {
        var text = y.Narrative.FirstOrDefault(n => n.Id == section)?.Body.Replace("\n", string.Empty, StringComparison.Ordinal);
        var match = text is null ? null : pattern.Match(text);
        if (match is not { Success: true })
        {
            return PrintedAmount.NotListed;
        }

        // A number too large to be a figure is not read as one (see FigureRange).
        var digits = match.Groups["amount"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        var unit = WireNames.MoneyUnits[match.Groups["unit"].Value];
        return FigureRange.TryRead(digits, out var amount) ? PrintedAmount.Of(new Money(amount, unit)) : PrintedAmount.NotListed;
    }

    private const string Amount = @"\s*(?<amount>[0-9][0-9, ]*(?:\.[0-9]+)?)\s*(?<unit>亿元|万元|千元|元)";

    [GeneratedRegex(@"政府采购预算(?:总额)?\s*(?:为)?" + Amount)]
    private static partial Regex ProcurementBudgetPattern();

    [GeneratedRegex(@"政府采购(?:支出)?金额(?:[（(][^）)]*[）)])?\s*(?:为)?" + Amount)]
    private static partial Regex ProcurementSpentPattern();

    [GeneratedRegex(@"机关运行经费(?:支出|预算)?\s*(?:为)?" + Amount)]
    private static partial Regex OperatingCostsPattern();
}
