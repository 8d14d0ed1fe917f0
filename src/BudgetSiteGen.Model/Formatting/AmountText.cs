using System.Globalization;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Formatting;

/// <summary>
/// Formats amounts for people: thousands separators and exactly the decimals the data has, never
/// re-rounded. A blank stays blank, which is different from 0.
/// </summary>
public static class AmountText
{
    public static string Format(decimal value)
    {
        return value.ToString("N" + DecimalPlaces.Of(value).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    public static string? Format(decimal? value) => value is { } v ? Format(v) : null;

    /// <summary>The amount's digits only; the page states the unit beside it (a column header, a key figure's unit).</summary>
    public static string Format(Money money) => Format(money.Amount);

    /// <summary>"9,101.677535万元": the amount with its unit, for running text and text alternatives.</summary>
    public static string WithUnit(Money money) => Format(money.Amount) + money.Unit.Symbol();
}
