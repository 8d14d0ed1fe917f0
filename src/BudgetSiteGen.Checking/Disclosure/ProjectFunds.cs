using BudgetSiteGen.Model;

namespace BudgetSiteGen.Disclosure;

/// <summary>
/// A budget's project funds, read from its project-expenditure table (项目支出表, this year's) or, where the layout has
/// none or it is empty, from the 项目支出 column of the expenditure summary; with the table it was read from.
/// </summary>
public static class ProjectFunds
{
    private static readonly FigureRole[] TotalRows = [FigureRole.GrandTotal, FigureRole.Total, FigureRole.Subtotal];

    public static (Money Amount, BudgetTable Table)? Of(DepartmentYear year)
    {
        if (year.Table(TableType.ProjectsCurrent) is { NoData: false } projects
            && Column(projects, FigureRole.Total, FigureRole.Amount) is { } total && Sum(projects, total) is { } amount)
        {
            return (new Money(amount, projects.Unit), projects);
        }

        if (year.Table(TableType.ExpenditureSummary) is { NoData: false } summary
            && Column(summary, FigureRole.Project) is { } project && Sum(summary, project) is { } projectAmount)
        {
            return (new Money(projectAmount, summary.Unit), summary);
        }

        return null;
    }

    private static (TableSection Section, int Index)? Column(BudgetTable table, params FigureRole[] roles)
    {
        foreach (var role in roles)
        {
            foreach (var section in table.Sections)
            {
                var index = section.Columns.ToList().FindIndex(c => c.Role == role && !c.IsPercent);
                if (index >= 0)
                {
                    return (section, index);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The table's total row when it prints one; else the rows at the top of its hierarchy added up (a Shanxi project
    /// table opens with the department's own line, a summary with the function classes). Null when a needed cell is
    /// unreadable, so the share is unknown rather than wrong.
    /// </summary>
    private static decimal? Sum(BudgetTable table, (TableSection Section, int Index) column)
    {
        var rows = column.Section.Rows;
        var total = TotalRows.Select(role => rows.FirstOrDefault(r => r.Role == role)).FirstOrDefault(r => r is not null);
        IEnumerable<TableRow> counted = total is not null ? [total] : TopRows(rows);
        var sum = 0m;
        foreach (var row in counted)
        {
            if (row.IsUnreadable(column.Index))
            {
                return null;
            }

            sum += column.Index < row.Values.Count ? row.Values[column.Index] ?? 0m : 0m;
        }

        return sum;
    }

    private static IEnumerable<TableRow> TopRows(IReadOnlyList<TableRow> rows)
    {
        var items = rows.Where(r => r.Role == FigureRole.None).ToList();
        if (items.Count == 0)
        {
            return [];
        }

        var top = items.Min(r => r.Level);
        return items.Where(r => r.Level == top);
    }
}
