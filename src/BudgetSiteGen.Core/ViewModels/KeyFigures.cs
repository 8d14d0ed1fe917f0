using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels;

/// <summary>Headline figures of a department-year, read by table type and role rather than by position.</summary>
public static class KeyFigures
{
    /// <summary>收入总计 of the budget summary (table 1): the department's whole budget, carry-over included.</summary>
    public static decimal? TotalBudget(DepartmentYear year)
    {
        var table = year.Table(TableType.BudgetSummary);
        if (table is null)
        {
            return null;
        }

        foreach (var section in table.Sections)
        {
            var row = section.Rows.FirstOrDefault(r => r.Role == FigureRole.GrandTotal);
            if (row is not null && row.Values.Count > 0)
            {
                return row.Values[0];
            }
        }

        return null;
    }
}
