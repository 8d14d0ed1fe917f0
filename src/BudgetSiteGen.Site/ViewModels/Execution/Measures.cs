using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Execution;

/// <summary>Which column roles are budget figures and which is the actual one, and the order budgets are printed in.</summary>
public static class Measures
{
    /// <summary>Budget kinds from the start of the year to its end; a rate is taken against the last one present.</summary>
    public static readonly IReadOnlyList<FigureRole> BudgetKinds = [FigureRole.InitialBudget, FigureRole.Budget, FigureRole.Adjusted, FigureRole.FullYearBudget];

    public static bool IsBudget(AmountColumn column) => !column.IsPercent && BudgetKinds.Contains(column.Role);

    public static bool IsActual(AmountColumn column) => !column.IsPercent && column.Role == FigureRole.Actual;

    public static bool IsPrintedRate(AmountColumn column) => column.Role == FigureRole.ExecutionRate;

    /// <summary>
    /// The column a report's headline figure is in: the 决算数 of final accounts; in a budget the total, the amount or
    /// the budget column; else the first column.
    /// </summary>
    public static int MainColumn(TableSection section, ReportKind kind)
    {
        var columns = section.Columns.ToList();
        FigureRole[] preferred = kind == ReportKind.FinalAccounts
            ? [FigureRole.Actual, FigureRole.Total, FigureRole.Amount]
            : [FigureRole.Total, FigureRole.Amount, FigureRole.Budget, FigureRole.CurrentYear, FigureRole.FullYearBudget, FigureRole.InitialBudget];
        foreach (var role in preferred)
        {
            var index = columns.FindIndex(c => c.Role == role && !c.IsPercent);
            if (index >= 0)
            {
                return index;
            }
        }

        return columns.Count > 0 && !columns[0].IsPercent ? 0 : -1;
    }
}
