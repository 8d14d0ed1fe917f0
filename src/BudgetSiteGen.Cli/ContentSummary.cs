using System.Globalization;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Cli;

/// <summary>The counts printed after a successful check, so a person sees at once whether everything was read.</summary>
public static class ContentSummary
{
    public static string Of(ContentSet content)
    {
        var years = content.DepartmentYears;
        var tables = years.Sum(y => y.Tables.Count);
        var rows = years.Sum(y => y.Tables.Sum(t => t.AllRows.Count()));
        var cards = years.Sum(y => y.Performance.Cards.Count);
        var indicators = years.Sum(y => y.Performance.Cards.Sum(c => c.PeriodIndicators.Count + c.YearIndicators.Count)
            + (y.Performance.DepartmentForm?.Indicators.Count ?? 0));
        return string.Create(CultureInfo.InvariantCulture,
            $"{years.Count} department-years, {tables} tables, {rows} rows, {cards} cards, {indicators} indicators.");
    }
}
