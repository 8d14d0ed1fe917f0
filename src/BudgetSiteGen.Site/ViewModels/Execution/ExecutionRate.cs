using System.Globalization;

namespace BudgetSiteGen.ViewModels.Execution;

/// <summary>
/// 执行率: actual ÷ budget × 100, in decimal, rounded once to two places for display. There is no rate when the budget
/// is blank or 0 (no division by zero, no invented 0%) or when the actual figure is blank or unreadable.
/// </summary>
public static class ExecutionRate
{
    public static decimal? Of(decimal? budget, decimal? actual) =>
        budget is { } b && b != 0m && actual is { } a
            ? Math.Round(a / b * 100m, 2, MidpointRounding.AwayFromZero)
            : null;

    public static string Text(decimal rate) => rate.ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
